package dev.jmp.cluster.objects;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.jmp.cluster.ClusterManagerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Community Edition has no CP subsystem: a cluster manager finds that at start and holds its
 * reentrant locks and semaphores as it always did (Hazelcast's map locks, jmp's state machines).
 * Runs whenever no license is configured ({@link CpPrimitivesTest} runs when one is).
 */
class CpDetectionTest {

    @RegisterExtension
    static final ClusterManagerExtension cluster = new ClusterManagerExtension(() ->
            assumeFalse(CpPrimitivesTest.licensed(), "a license is configured: CpPrimitivesTest covers the CP subsystem"));

    @Test
    void theCommunityEditionHasNoCpSubsystemAndTheStateMachinesServe() {
        ObjectSpace space = OtherJvm.driver();
        assertFalse(space.cp.available(), space.cp::toString);
        assertTrue(space.cp.reason().contains("CP subsystem"), space.cp.reason());
        ClusterCore rLock = (ClusterCore) space.api.coreOf(cluster.manager().rLock());
        assertFalse(((ClusterObjects) rLock.manager()).usesCpSubsystem());
        assertFalse(rLock.key.startsWith(Kinds.CP_PREFIX), rLock.key);
        assertInstanceOf(RLockKind.class, Kinds.of(rLock.typeId, rLock.key));
        ClusterCore semaphore = (ClusterCore) space.api.coreOf(cluster.manager().semaphore(2));
        assertInstanceOf(MachineKind.class, Kinds.of(semaphore.typeId, semaphore.key));
    }
}
