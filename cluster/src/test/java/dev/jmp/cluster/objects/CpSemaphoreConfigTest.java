package dev.jmp.cluster.objects;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.config.Config;
import com.hazelcast.config.cp.CPSubsystemConfig;
import com.hazelcast.config.cp.SemaphoreConfig;
import dev.jmp.cluster.setup.ClassPathDigest;
import dev.jmp.cluster.setup.ClusterSettings;
import dev.jmp.cluster.setup.HazelcastConfigs;
import dev.jmp.cluster.wire.Envelope;
import dev.jmp.cluster.wire.MemberEndpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A member's configuration makes the CP subsystem's semaphores of jmp JDK-compatible, so that a
 * permit belongs to no one, as Python's; the CP subsystem itself needs a license to run
 * ({@link CpPrimitivesTest}), the configuration does not.
 */
class CpSemaphoreConfigTest {

    @Test
    void aMembersConfigurationMakesJmpsCpSemaphoresJdkCompatibleAndNoOthers() {
        MemberEndpoint endpoint = new MemberEndpoint() {
            @Override
            public byte[] command(Envelope envelope) {
                throw new UnsupportedOperationException();
            }

            @Override
            public byte[] poll(Envelope envelope) {
                throw new UnsupportedOperationException();
            }
        };
        Config config = HazelcastConfigs.member(ClusterSettings.from(name -> null), endpoint,
                ClassPathDigest.of(""), List.of());
        CPSubsystemConfig cp = config.getCPSubsystemConfig();
        SemaphoreConfig jmps = cp.findSemaphoreConfig(CpSemaphoreKind.NAME_PREFIX + "a-key");
        assertTrue(jmps != null && jmps.isJDKCompatible(), "jmp's semaphores hand out permits of no one");
        SemaphoreConfig other = cp.findSemaphoreConfig("an.application.semaphore");
        assertFalse(other != null && other.isJDKCompatible(), "the application's own keep Hazelcast's default");
    }
}
