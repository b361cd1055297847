package seed;

import dev.jmp.Process;
import java.time.Duration;

/** The seeds' {@code join()}, bounded: a process that hangs or fails fails its program. */
final class Joins {

    private static final Duration LIMIT = Duration.ofSeconds(120);

    private Joins() {}

    /** Waits up to two minutes for {@code p} to end, which it must do with exit code 0. */
    static void join(Process p) throws InterruptedException {
        if (!p.join(LIMIT)) {
            throw new AssertionError(p + " on " + p.host() + " still runs after " + LIMIT.toSeconds() + " s");
        }
        if (p.exitCode().orElseThrow() != 0) {
            throw new AssertionError(p + " on " + p.host() + " ended with " + p.exitCode().getAsInt());
        }
    }
}
