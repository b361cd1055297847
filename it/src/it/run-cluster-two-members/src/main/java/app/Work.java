package app;

import dev.jmp.ProcessTask;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The driver's tasks; what they return says where they ran. */
public class Work {

    @ProcessTask
    public static long square(long x) {
        return x * x;
    }

    /**
     * Writes where it runs ({@code member pid}) to {@code started}, the file appearing with its
     * content, then waits until {@code release} exists.
     */
    @ProcessTask
    public static String hold(String started, String release) throws Exception {
        Path written = Path.of(started + ".tmp");
        Files.writeString(written, where());
        Files.move(written, Path.of(started), StandardCopyOption.ATOMIC_MOVE);
        while (!Files.exists(Path.of(release))) {
            Thread.sleep(10);
        }
        return where();
    }

    @ProcessTask
    public static String where() {
        return System.getProperty("jmp.cluster.member") + " " + ProcessHandle.current().pid();
    }
}
