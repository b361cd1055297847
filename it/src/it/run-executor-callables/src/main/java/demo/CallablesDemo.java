package demo;

import dev.jmp.Multiprocessing;
import dev.jmp.pool.ProcessPoolExecutor;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

/** An ExecutorService written the Java way, run in worker JVMs. */
public class CallablesDemo {

    /** A task as a class: what it holds crosses with it. */
    record Invoice(long id, List<BigDecimal> lines) implements Callable<BigDecimal>, Serializable {
        @Override
        public BigDecimal call() {
            return lines.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    public static void main(String[] args) throws Exception {
        long me = ProcessHandle.current().pid();
        try (ProcessPoolExecutor pool = new ProcessPoolExecutor(2)) {
            ExecutorService executor = pool;
            String greeting = "hello";
            int times = 3;
            Future<String> lambda = executor.submit((Callable<String> & Serializable) () ->
                    greeting.repeat(times) + " from " + (ProcessHandle.current().pid() == me ? "the parent" : "a worker"));
            System.out.println("lambda: " + lambda.get());
            System.out.println("invoice: " + executor.submit(new Invoice(7, List.of(new BigDecimal("10.25"),
                    new BigDecimal("4.75")))).get());
            List<Future<Integer>> all = executor.invokeAll(List.of(
                    (Callable<Integer> & Serializable) () -> 6 * 7,
                    (Callable<Integer> & Serializable) () -> times * 100));
            System.out.println("invokeAll: " + all.get(0).get() + " " + all.get(1).get());
            Future<String> failing = executor.submit((Callable<String> & Serializable) () -> {
                throw new IOException("no such file: " + greeting);
            });
            try {
                failing.get();
            } catch (ExecutionException e) {
                System.out.println("failed with " + e.getCause());
            }
            try {
                executor.submit(() -> 42);
            } catch (RejectedExecutionException e) {
                System.out.println("plain lambda: " + e.getMessage());
            }
        }
        System.out.println("I am " + Multiprocessing.currentProcess().name());
    }
}
