package dev.jmp.cluster.wire;

import com.hazelcast.core.HazelcastInstance;

/**
 * What a member does with what drivers send it: registered in its Hazelcast user context under
 * {@link #KEY}, where the {@link SignedCall}s the executor runs find it.
 */
public interface MemberEndpoint {

    /** The user-context key of a member's endpoint. */
    String KEY = "dev.jmp.cluster.member";

    /** Checks and applies one command; the answer is an encoded {@link Reply}. */
    byte[] command(Envelope envelope);

    /** Checks one poll and answers it with the session's events, encoded by {@link Events}. */
    byte[] poll(Envelope envelope);

    /** The endpoint of the member {@code instance}. */
    static MemberEndpoint of(HazelcastInstance instance) {
        Object endpoint = instance.getUserContext().get(KEY);
        if (!(endpoint instanceof MemberEndpoint e)) {
            throw new IllegalStateException("[jmp.cluster.not-a-jmp-member] " + instance.getName()
                    + " is a Hazelcast member that jmp did not start; start members with dev.jmp.cluster.Member");
        }
        return e;
    }
}
