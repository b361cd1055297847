package dev.jmp.testing;

import dev.jmp.pool.Pool;
import java.util.List;

/**
 * A program that uses a pool and never closes it, run in its own JVM by the lifetime test: it
 * prints its workers' pids and a result, then returns from main.
 */
public final class PoolProgram {

    public static void main(String[] args) throws Exception {
        Pool pool = new Pool(2);
        System.out.println("result " + pool.map(PoolTasks::square, List.of(1, 2, 3)));
        ProcessHandle.current().children().forEach(c -> System.out.println("worker " + c.pid()));
        System.out.println("main returns");
    }
}
