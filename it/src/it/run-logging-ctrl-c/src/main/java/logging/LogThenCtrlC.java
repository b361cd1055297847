package logging;

import dev.jmp.Multiprocessing;
import dev.jmp.ProcessTask;
import dev.jmp.pool.Pool;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Workers log through Multiprocessing.getLogger(); then, while main waits in Pool.map, a worker
 * does what a user's Ctrl-C does to the program: it sends it SIGINT.
 */
public class LogThenCtrlC {

    @ProcessTask
    public static int square(int x) {
        Multiprocessing.getLogger().log(Level.WARNING, "squaring " + x);
        return x * x;
    }

    @ProcessTask
    public static int pressCtrlC(int x) throws IOException, InterruptedException {
        long program = ProcessHandle.current().parent().orElseThrow().pid();
        String ignored = Files.readAllLines(Path.of("/proc/" + program + "/status")).stream()
                .filter(l -> l.startsWith("SigIgn:")).findFirst().orElse("SigIgn: 0").substring(7).strip();
        if ((Long.parseUnsignedLong(ignored, 16) & 2) != 0) {
            // A build started in the background inherits SIGINT ignored: both tasks return, so the
            // map ends and the build fails at once, saying why, instead of waiting for ever.
            System.out.println("SIGINT is ignored by this program: run the build in the foreground");
            return x;
        }
        if (x == 0) {
            new ProcessBuilder("kill", "-INT", Long.toString(program)).inheritIO().start().waitFor();
        }
        Thread.sleep(Long.MAX_VALUE);
        return x;
    }

    public static void main(String[] args) throws InterruptedException {
        // Where the runtime makes its private directory, named after this pid: the build checks it is gone.
        System.out.println("program " + ProcessHandle.current().pid() + " in " + System.getProperty("java.io.tmpdir"));
        try (Pool pool = new Pool(2)) {
            System.out.println("squares " + pool.map(LogThenCtrlCTasks::square, List.of(1, 2, 3)));
            pool.map(LogThenCtrlCTasks::pressCtrlC, List.of(0, 1));
            System.out.println("not interrupted");
        }
    }
}
