package dev.jmp.testing;

import dev.jmp.base.ShutdownSequence;
import dev.jmp.pool.Pool;
import dev.jmp.pool.ProcessPoolExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A program that uses a pool or executor and never closes it, run in its own JVM by the lifetime
 * tests. No argument: a pool prints its workers' pids and a result, then main returns.
 * {@code executor file}: three tasks, which wait for {@code file} and then take a while, go to a
 * two-worker executor; main prints {@code main returns}, creates {@code file} and returns; each
 * result is printed when it arrives. {@code executorhang file}: an executor's task hangs once it
 * has created {@code file}; main prints its workers' pids as {@code descendants} and returns, and
 * the exit, once it waits for the executor, prints {@code exit waits}. {@code closed}: as with no
 * argument, but the pool is closed, and main prints how many of its workers are still alive
 * ({@code parked N}) before it returns. {@code maphang directory}: main waits in {@code Pool.map}
 * for two tasks that hang once each has created a file in {@code directory}.
 */
public final class PoolProgram {

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "pool" : args[0];
        switch (mode) {
            case "pool" -> {
                Pool pool = new Pool(2);
                System.out.println("result " + pool.map(PoolTasks::square, List.of(1, 2, 3)));
                ProcessHandle.current().children().forEach(c -> System.out.println("worker " + c.pid()));
                System.out.println("main returns");
            }
            case "closed" -> {
                try (Pool pool = new Pool(2)) {
                    System.out.println("result " + pool.map(PoolTasks::square, List.of(1, 2, 3)));
                    ProcessHandle.current().children().forEach(c -> System.out.println("worker " + c.pid()));
                }
                long alive = ProcessHandle.current().children().filter(ProcessHandle::isAlive).count();
                System.out.println("parked " + alive);
                System.out.println("main returns");
            }
            case "executor" -> {
                ProcessPoolExecutor executor = new ProcessPoolExecutor(2);
                for (int i = 0; i < 3; i++) {
                    executor.submit(PoolTasks.steps("await:" + args[1], "sleep:500", "return:result " + i))
                            .thenAccept(System.out::println);
                }
                System.out.println("main returns");
                Files.writeString(Paths.get(args[1]), "");
            }
            case "executorhang" -> {
                // Added before the executor's own action, so it runs first: the exit has begun.
                ShutdownSequence.add(ShutdownSequence.Phase.WORK, () -> System.out.println("exit waits"));
                Path running = Paths.get(args[1]);
                ProcessPoolExecutor executor = new ProcessPoolExecutor(1);
                executor.submit(PoolTasks.steps("touch:" + running, "hang"));
                while (!Files.exists(running)) {
                    Thread.sleep(10);
                }
                System.out.println("descendants " + ProcessHandle.current().descendants()
                        .map(h -> Long.toString(h.pid())).collect(Collectors.joining(" ")));
                System.out.println("main returns");
            }
            case "maphang" -> {
                // Two tasks that hang once they have created their files under args[1]; main waits in map.
                Path started = Paths.get(args[1]);
                try (Pool pool = new Pool(2)) {
                    pool.map(t -> PoolTasks.steps("touch:" + started.resolve(t), "hang"), List.of("a", "b"));
                }
            }
            default -> throw new IllegalArgumentException(mode);
        }
    }
}
