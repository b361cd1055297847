package dev.jmp.cluster;

import dev.jmp.ProcessTask;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The tasks of the cluster tests: what they return says where they ran. */
public class Work {

    /** How many times this JVM ran the initializer. */
    static int initialized;

    @ProcessTask
    public static int square(int x) {
        return x * x;
    }

    /** {@code x * x} and where it was computed: {@code member pid value}. */
    @ProcessTask
    public static String whereSquare(int x) {
        return where() + " " + x * x;
    }

    /**
     * Writes {@code started} (with where it runs), then waits until {@code release} exists; returns
     * where it ran. The file appears with its content, so a test that sees it can read it.
     */
    @ProcessTask
    public static String awaitRelease(String started, String release) throws Exception {
        Path written = Path.of(started + ".tmp");
        Files.writeString(written, where());
        Files.move(written, Path.of(started), StandardCopyOption.ATOMIC_MOVE);
        while (!Files.exists(Path.of(release))) {
            Thread.sleep(10);
        }
        return where();
    }

    @ProcessTask
    public static int fail(String message) {
        throw new IllegalArgumentException(message);
    }

    /** Prints {@code line 0} to {@code line <count - 1>}, one a line. */
    @ProcessTask
    public static void printLines(int count) {
        for (int i = 0; i < count; i++) {
            System.out.println("line " + i);
        }
    }

    @ProcessTask
    public static void initialize() {
        initialized++;
    }

    @ProcessTask
    public static int initializedCount() {
        return initialized;
    }

    @ProcessTask
    public static void exit(int code) {
        System.exit(code);
    }

    /** {@code member pid}: the member's address, as it tells its worker JVMs, and this JVM's pid. */
    static String where() {
        return System.getProperty("jmp.cluster.member", "in-member") + " " + ProcessHandle.current().pid();
    }
}
