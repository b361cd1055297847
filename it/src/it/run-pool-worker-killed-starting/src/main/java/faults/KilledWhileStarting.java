package faults;

import dev.jmp.Multiprocessing;
import dev.jmp.ProcessTask;
import dev.jmp.pool.Pool;
import dev.jmp.pool.ProcessPoolExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Kills pool workers while they start, the way an out-of-memory killer or a chaos test would, and
 * shows that the pool and the executor go on. The pool's initializer waits for a gate file, so
 * every kill before the gate opens hits a worker that is not ready yet; the executor's replacements
 * are killed as soon as their JVMs exist.
 */
public class KilledWhileStarting {

    private static final Set<Long> known = new HashSet<>();
    private static final List<Long> killed = new ArrayList<>();

    @ProcessTask
    public static void awaitGate(String gate) throws InterruptedException {
        while (!Files.exists(Path.of(gate))) {
            Thread.sleep(5);
        }
    }

    @ProcessTask
    public static int square(int n) {
        return n * n;
    }

    @ProcessTask
    public static long pid() {
        return ProcessHandle.current().pid();
    }

    /** The first child of this JVM not seen before, as soon as it exists. */
    static ProcessHandle newChild() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            for (ProcessHandle child : ProcessHandle.current().children().toList()) {
                if (child.isAlive() && known.add(child.pid())) {
                    return child;
                }
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("no new worker started within 120 s");
    }

    static void kill(ProcessHandle worker, boolean force) throws Exception {
        killed.add(worker.pid());
        if (force) {
            worker.destroyForcibly();
        } else {
            worker.destroy();
        }
        worker.onExit().get(120, TimeUnit.SECONDS);
        System.out.println("killed starting worker " + worker.pid() + (force ? " with SIGKILL" : " with SIGTERM"));
    }

    public static void main(String[] args) throws Exception {
        Path gate = Files.createTempDirectory("jmp-gate").resolve("open");
        try (Pool pool = new Pool(2, KilledWhileStartingTasks.awaitGate(gate.toString()))) {
            var queued = pool.applyAsync(KilledWhileStartingTasks.square(12));
            ProcessHandle first = newChild();
            ProcessHandle second = newChild();
            kill(first, true);
            kill(newChild(), true);
            kill(newChild(), false);
            kill(second, true);
            kill(newChild(), true);
            Files.writeString(gate, "");
            System.out.println("pool queued result: " + queued.get());
            System.out.println("pool map: " + pool.map(KilledWhileStartingTasks::square, List.of(1, 2, 3, 4, 5)));
        }
        Files.delete(gate);
        Files.delete(gate.getParent());
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(1)) {
            long worker = executor.submit(KilledWhileStartingTasks.pid()).get();
            known.add(worker);
            ProcessHandle.of(worker).orElseThrow().destroyForcibly();
            killed.add(worker);
            for (int i = 0; i < 3; i++) {
                kill(newChild(), true);
            }
            System.out.println("executor result: " + executor.submit(KilledWhileStartingTasks.square(9)).get());
        }
        System.out.println("killed pids: " + killed);
        // The executor's shutdown left its healthy worker parked for the next pool; end it now, so
        // that what is left is what the kills might have leaked.
        System.out.println("parked workers released: " + Multiprocessing.releaseWorkers(Duration.ofSeconds(60)));
        long left = ProcessHandle.current().children().filter(ProcessHandle::isAlive).count();
        System.out.println("children left: " + left);
    }
}
