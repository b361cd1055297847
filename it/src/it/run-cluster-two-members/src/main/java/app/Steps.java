package app;

import dev.jmp.Context;
import dev.jmp.it.support.Eventually;
import dev.jmp.it.support.LoopbackMembers;
import dev.jmp.pool.AsyncResult;
import dev.jmp.pool.Pool;
import dev.jmp.pool.ProcessPoolExecutor;
import dev.jmp.pool.WorkerDiedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The fault steps of the driver. */
final class Steps {

    private static final Duration LIMIT = Duration.ofSeconds(90);

    private Steps() {}

    /** A worker JVM SIGKILLed on its member fails only its task; the executor goes on. */
    static void workerKilled(Context context, Path dir) throws Exception {
        Path started = dir.resolve("worker-started");
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(2, context)) {
            CompletableFuture<String> doomed = executor.submit(WorkTasks.hold(started.toString(), "never"));
            await(() -> Files.exists(started), "the held task started");
            long pid = Long.parseLong(Files.readString(started).split(" ")[1]);
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            try {
                doomed.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
                throw new AssertionError("the task of a killed worker returned");
            } catch (ExecutionException e) {
                Driver.check(e.getCause() instanceof WorkerDiedException && e.getCause().getMessage().contains("signal 9"),
                        "a WorkerDiedException naming signal 9: " + e.getCause());
            }
            Driver.check(executor.submit(WorkTasks.square(12)).get(LIMIT.toSeconds(), TimeUnit.SECONDS) == 144,
                    "the executor goes on");
        }
        System.out.println("worker JVM killed: its task failed with signal 9, the next one ran");
    }

    /** A driver with another key: the members refuse what it signs, and it says so. */
    static void wrongKeyRefused(LoopbackMembers members, Path dir) throws Exception {
        Path key = dir.resolve("another.key");
        Files.writeString(key, "another key, not the cluster's, long enough");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dhazelcast.logging.type=none", "-Djmp.startMethod=cluster", "-Djmp.cluster.name=" + members.name(),
                "-Djmp.cluster.members=" + members.addresses(), "-Djmp.cluster.keyFile=" + key,
                "-cp", System.getProperty("java.class.path"), WrongKey.class.getName());
        Process driver = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(driver.getInputStream().readAllBytes());
            } catch (java.io.IOException e) {
                return e.toString();
            }
        });
        if (!driver.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            driver.destroyForcibly();
            throw new AssertionError("the driver with another key did not end");
        }
        String out = output.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        // (on JDK 24 and later, Hazelcast's use of sun.misc.Unsafe prints warnings before it)
        Driver.check(out.lines().anyMatch(l -> l.startsWith("refused: ") && l.contains("[jmp.cluster.bad-signature] ")),
                "refused for its signature:\n" + out);
        System.out.println("driver with another key: refused with [jmp.cluster.bad-signature]");
    }

    /** A member started with other classes is refused by the driver; nothing runs there. */
    static void otherClassPathRefused(LoopbackMembers members, Path dir, Context context) throws Exception {
        Path classes = Path.of(Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path other = Files.createDirectories(dir.resolve("other")).resolve(classes.getFileName());
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, other.resolve(classes.relativize(f).toString()));
            }
        }
        Files.writeString(other.resolve("changed.txt"), "another build");
        String classPath = System.getProperty("java.class.path").replace(classes.toString(), other.toString());
        members.start(2, classPath);
        String refused = "127.0.0.1:" + members.ports().get(2);
        try (Pool pool = new Pool(6, null, 0, context)) {
            List<String> where = pool.map(i -> WorkTasks.where(), List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), 1);
            Driver.check(where.stream().noneMatch(w -> w.startsWith(refused + " ")), "nothing ran on " + refused + ": "
                    + where);
        }
        System.out.println("member " + refused + " with other classes: nothing ran there");
    }

    /**
     * A member SIGKILLed mid-run: a pool of two workers, one on each member, each holding two
     * batches (its credit), the rest queued in the driver. The two tasks in the killed member's
     * hands fail naming it; everything else finishes on the survivor; its worker JVMs end with it.
     */
    static void memberKilled(Context context, Path dir, LoopbackMembers members, Process victimProcess) throws Exception {
        Path started = Files.createDirectories(dir.resolve("held"));
        Path release = dir.resolve("release");
        String victim = "127.0.0.1:" + members.ports().get(1);
        try (Pool pool = new Pool(2, null, 0, context)) {
            List<AsyncResult<String>> held = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                held.add(pool.applyAsync(WorkTasks.hold(started.resolve("task-" + i).toString(), release.toString())));
            }
            List<AsyncResult<Long>> queued = new ArrayList<>();
            for (long i = 0; i < 200; i++) {
                queued.add(pool.applyAsync(WorkTasks.square(i)));
            }
            await(() -> count(started) == 2, "two held tasks running, one on each member");
            Driver.check(count(started, victim) == 1, "one of them on " + victim);
            List<ProcessHandle> victimWorkers = victimProcess.descendants().toList();
            victimProcess.toHandle().destroyForcibly();
            victimProcess.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS);
            Files.writeString(release, "");

            int failed = 0;
            for (AsyncResult<String> r : held) {
                failed += outcome(r, victim);
            }
            Driver.check(failed == 2, "the two tasks in the killed member's hands failed, and only they: " + failed);
            for (AsyncResult<Long> r : queued) {
                Driver.check(outcome(r, victim) == 0, "a queued task failed");
            }
            for (ProcessHandle w : victimWorkers) {
                await(() -> !w.isAlive(), "worker JVM " + w.pid() + " of the killed member ended");
            }
        }
        System.out.println("member " + victim + " SIGKILLed: the 2 tasks in its hands failed naming it,"
                + " 202 finished on the survivor; its worker JVMs ended");
    }

    /** 1 when {@code r} failed with the member's death naming {@code victim}, 0 when it returned. */
    private static int outcome(AsyncResult<?> r, String victim) throws Exception {
        try {
            Object value = r.get(LIMIT);
            Driver.check(!(value instanceof String s) || !s.startsWith(victim + " "), "ran to the end on " + victim);
            return 0;
        } catch (ExecutionException e) {
            Driver.check(e.getCause() instanceof WorkerDiedException
                    && e.getCause().getMessage().startsWith("[jmp.cluster.member-died] " + victim), "" + e.getCause());
            return 1;
        }
    }

    private static long count(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !f.toString().endsWith(".tmp")).count(); // one being written
        }
    }

    /** The files in {@code dir} that say their task ran on {@code member}. */
    private static long count(Path dir, String member) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !f.toString().endsWith(".tmp") && read(f).startsWith(member + " ")).count();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void await(Eventually.Check condition, String what) throws Exception {
        Eventually.await(LIMIT, condition, what);
    }
}
