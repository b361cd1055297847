package dev.jmp.examples;

import dev.jmp.Multiprocessing;
import dev.jmp.ProcessTask;
import java.util.List;

/** Tasks of the demo: each runs in a child JVM of its own. */
public final class Greeter {

    private Greeter() {}

    /** Python's {@code greet(name)}: prints from the child, with the child's name and pid. */
    @ProcessTask
    public static void greet(String name) {
        var me = Multiprocessing.currentProcess();
        System.out.println("Hello, " + name + " (from " + me.name() + ", pid " + me.pid() + ")");
    }

    /** Sums the squares of its arguments; arguments cross as a typed List, not as strings. */
    @ProcessTask
    public static long sumOfSquares(List<Integer> numbers) {
        long sum = 0;
        for (int n : numbers) {
            sum += (long) n * n;
        }
        System.out.println("sum of squares of " + numbers + " = " + sum);
        return sum;
    }

    /** Fails the way a buggy task does: the parent sees the child's stack trace and exit code 1. */
    @ProcessTask
    public static void validate(String input) {
        if (input.isBlank()) {
            throw new IllegalArgumentException("input must not be blank");
        }
    }

    /** Exits with a chosen code, as {@code sys.exit(code)} does in Python. */
    @ProcessTask
    public static void exitWith(int code) {
        System.exit(code);
    }

    /** Runs until stopped. */
    @ProcessTask
    public static void tick() throws InterruptedException {
        while (true) {
            System.out.println("tick");
            Thread.sleep(200);
        }
    }
}
