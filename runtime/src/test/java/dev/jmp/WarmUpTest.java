package dev.jmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.base.Deadline;
import dev.jmp.base.PrivateDirectory;
import dev.jmp.base.RuntimeDirectories;
import dev.jmp.launch.child.WarmUpProbeEntry;
import dev.jmp.pool.Pool;
import dev.jmp.testing.CapturedOutput;
import dev.jmp.testing.NoLeftovers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The warm-up of spares and idle pool workers, seen from inside the child: it ran, it left no file
 * behind, and a context that turns it off is obeyed. How fast anything runs is not asserted.
 */
@ExtendWith(NoLeftovers.class)
class WarmUpTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final Pattern REPORT = Pattern.compile("pid=(\\d+) ops=(\\d+) finished=(\\w+) thread=(\\w+) files=(\\[.*])");

    @AfterEach
    void releaseSpares() throws InterruptedException {
        assertTrue(Multiprocessing.releaseSpares(LIMIT), "spares still running");
    }

    private static Matcher report(String text) {
        Matcher m = REPORT.matcher(text);
        assertTrue(m.find(), text);
        return m;
    }

    /** Whether process {@code pid} has a live thread named {@code name}, as Linux names Java's threads. */
    private static boolean hasThread(long pid, String name) {
        try (Stream<Path> threads = Files.list(Path.of("/proc/" + pid + "/task"))) {
            return threads.anyMatch(t -> {
                try {
                    return Files.readString(t.resolve("comm")).strip().equals(name);
                } catch (IOException e) {
                    return false; // the thread ended meanwhile
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String runOnASpare(Context context) throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            assertTrue(context.awaitSpares(LIMIT));
            Process p = context.process(WarmUpProbeEntry.probe());
            p.start();
            assertTrue(p.join(LIMIT));
            assertEquals(0, p.exitCode().orElseThrow(), output.err());
            return output.out();
        }
    }

    @Test
    void aSpareWarmsUpBeforeItIsReadyAndLeavesNoFileBehind() throws Exception {
        Matcher m = report(runOnASpare(Multiprocessing.getContext(StartMethod.WARM).withSpares(1, LIMIT)));
        assertTrue(Integer.parseInt(m.group(2)) > 0, m.group());
        assertEquals("false", m.group(4), "a process on a spare has no idle warm-up: " + m.group());
        assertEquals("[]", m.group(5));
    }

    @Test
    void aSpareKilledDuringItsWarmUpLeavesNothingBehind() throws Exception {
        Path control = PrivateDirectory.get();
        Pattern progress = Pattern.compile("warm-up-(\\d+)\\.progress");
        Multiprocessing.getContext(StartMethod.WARM).withSpares(1, LIMIT).prepareSpares();
        AtomicLong pid = new AtomicLong();
        // Its progress file is made after its shared objects and removed before them: mid-round.
        assertTrue(Deadline.await(LIMIT, () -> {
            try (Stream<Path> files = Files.list(control)) {
                files.map(f -> progress.matcher(f.getFileName().toString())).filter(Matcher::matches)
                        .findFirst().ifPresent(m -> pid.set(Long.parseLong(m.group(1))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return pid.get() != 0;
        }), "no spare was seen warming up");
        ProcessHandle spare = ProcessHandle.of(pid.get()).orElseThrow();
        spare.destroyForcibly();
        spare.onExit().get();
        assertEquals(List.of(), filesOf(RuntimeDirectories.sharedMemory(), "jmp-" + pid.get() + "-"),
                "the warm-up's objects were in the shared-memory directory");
        assertTrue(Deadline.await(LIMIT, () -> filesOf(control, "jmp-" + pid.get() + "-").isEmpty()
                && filesOf(control, "warm-up-" + pid.get()).isEmpty()), "left in the private directory: "
                + filesOf(control, "jmp-" + pid.get() + "-") + filesOf(control, "warm-up-" + pid.get()));
    }

    private static List<String> filesOf(Path directory, String prefix) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(prefix)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aSpareOfAContextWithoutWarmUpDoesNotWarmUp() throws Exception {
        Matcher m = report(runOnASpare(Multiprocessing.getContext(StartMethod.WARM).withSpares(1, LIMIT).withWarmUp(false)));
        assertEquals("0", m.group(2), m.group());
    }

    @Test
    void anIdleColdWorkerWarmsUpToTheEndAndLeavesNoFileBehind() throws Exception {
        try (Pool pool = new Pool(1, Multiprocessing.getContext(StartMethod.SPAWN))) {
            long pid = Long.parseLong(report(pool.apply(WarmUpProbeEntry.probe())).group(1));
            // Left alone, the worker is idle: its warm-up thread runs its rounds and ends.
            assertTrue(Deadline.await(LIMIT, () -> !hasThread(pid, "jmp-warm-up")), "the warm-up never ended");
            Matcher m = report(pool.apply(WarmUpProbeEntry.probe()));
            assertEquals("true", m.group(3), m.group());
            assertTrue(Integer.parseInt(m.group(2)) > 0, m.group());
            assertEquals("[]", m.group(5));
        }
    }

    @Test
    void aColdWorkerOfAContextWithoutWarmUpDoesNotWarmUp() throws Exception {
        try (Pool pool = new Pool(1, Multiprocessing.getContext(StartMethod.SPAWN).withWarmUp(false))) {
            Matcher m = report(pool.apply(WarmUpProbeEntry.probe()));
            assertEquals("0", m.group(2), m.group());
            assertEquals("false", m.group(4), m.group());
        }
    }
}
