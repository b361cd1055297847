package dev.jmp.cluster.objects;

import com.hazelcast.core.HazelcastInstance;
import dev.jmp.base.JmpLog;
import java.lang.System.Logger.Level;

/**
 * Whether Hazelcast's CP subsystem serves a cluster, as this JVM's instance finds at start: in the
 * Community Edition it does not (its CP calls fail with {@code UnsupportedOperationException}, on
 * members and on clients); with the Enterprise Edition, a license that enables CP and CP members,
 * a probe on a CP atomic answers. Told at FINE on {@code dev.jmp.cluster}. Which kinds the CP
 * subsystem then holds: {@link Kinds#cpHolds}.
 *
 * @param available whether CP data structures answer
 * @param reason why not, or what served the probe
 */
record CpSubsystem(boolean available, String reason) {

    static final String PROBE = "jmp.cp.probe";

    /** A space that makes no objects (a member's reaper of a departed client's) does not ask. */
    static final CpSubsystem NOT_ASKED = new CpSubsystem(false, "not asked");

    /** Asks the CP subsystem of {@code hazelcast} (a client or a member) whether it answers, and logs which is used. */
    static CpSubsystem detect(HazelcastInstance hazelcast) {
        CpSubsystem found;
        try {
            hazelcast.getCPSubsystem().getAtomicLong(PROBE).get();
            found = new CpSubsystem(true, "the CP subsystem answered");
        } catch (UnsupportedOperationException e) {
            found = new CpSubsystem(false, e.getMessage());
        } catch (RuntimeException e) {
            found = new CpSubsystem(false, "the CP subsystem did not answer: " + e);
        }
        JmpLog.log(JmpLog.CLUSTER, Level.DEBUG, found.available
                ? "cluster objects: reentrant locks and semaphores are the CP subsystem's FencedLock and ISemaphore"
                : "cluster objects: the CP subsystem is not available (" + found.reason + "); reentrant locks are"
                + " map locks and semaphores jmp state machines");
        return found;
    }
}
