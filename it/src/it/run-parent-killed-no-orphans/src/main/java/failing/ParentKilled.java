package failing;

import dev.jmp.Process;
import dev.jmp.ProcessTask;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Starts a child that would run forever, waits until it runs, then has the operating system
 * kill this JVM with SIGKILL: no shutdown hook runs, nothing is cleaned up by the parent. The
 * child records when it started to exit, for verify.groovy to compare with the kill.
 */
public class ParentKilled {

    static final Path STARTED = Paths.get("target", "child-started");
    static final Path EXITED = Paths.get("target", "child-exited-at");

    @ProcessTask
    public static void forever() throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.writeString(EXITED, Long.toString(System.currentTimeMillis()));
            } catch (Exception e) {
                e.printStackTrace();
            }
        }));
        Files.writeString(STARTED, "yes");
        Thread.sleep(Long.MAX_VALUE);
    }

    public static void main(String[] args) throws Exception {
        Files.deleteIfExists(STARTED);
        Files.deleteIfExists(EXITED);
        Process p = new Process(ParentKilledTasks.forever());
        p.start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(STARTED) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        System.out.println("child pid " + p.pid());
        long me = ProcessHandle.current().pid();
        System.out.println("killing parent " + me + " at " + System.currentTimeMillis());
        new ProcessBuilder("kill", "-KILL", Long.toString(me)).inheritIO().start().waitFor();
        Thread.sleep(Long.MAX_VALUE);
    }
}
