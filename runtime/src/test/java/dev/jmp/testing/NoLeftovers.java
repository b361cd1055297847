package dev.jmp.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.base.Deadline;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test that leaves a child process of this JVM running. Registered with
 * {@code @ExtendWith(NoLeftovers.class)}; children get a few seconds to finish exiting.
 */
public final class NoLeftovers implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        boolean none = Deadline.await(Duration.ofSeconds(10),
                () -> ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive));
        String left = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(h -> h.pid() + " " + h.info().commandLine().orElse("?"))
                .collect(Collectors.joining("; "));
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        assertTrue(none, "processes left behind: " + left);
    }
}
