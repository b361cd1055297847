package dev.jmp.cluster.objects;

import java.util.function.Predicate;

/**
 * Who runs a step: the Hazelcast endpoint (a client or a member) and its thread, and which
 * endpoints are alive, as the member that runs the step sees them.
 *
 * @param endpoint the caller's endpoint uuid
 * @param thread the calling thread's id
 * @param alive whether an endpoint uuid is a member of the cluster or a client it still has
 *     ({@link ClientPresence})
 */
record Caller(String endpoint, long thread, Predicate<String> alive) {

    boolean is(String otherEndpoint, long otherThread) {
        return endpoint.equals(otherEndpoint) && thread == otherThread;
    }
}
