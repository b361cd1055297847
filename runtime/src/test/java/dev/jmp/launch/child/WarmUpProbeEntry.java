package dev.jmp.launch.child;

import dev.jmp.Task;
import dev.jmp.base.RuntimeDirectories;
import dev.jmp.internal.TaskEntry;
import dev.jmp.internal.task.Tasks;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A task entry, shaped like a generated one, that reports on the warm-up of the child it runs in:
 * {@code pid=<pid> ops=<n> finished=<true|false> thread=<true|false> files=[...]}, the files being those of
 * this process's own in the shared-memory directory and in its parent's private directory.
 */
public final class WarmUpProbeEntry implements TaskEntry {

    /** The report, as a value. */
    public static Task<String> probe() {
        return Tasks.task(WarmUpProbeEntry.class.getName(), new byte[0], "WarmUp.probe", WarmUpProbeEntry::decodeResult);
    }

    @Override
    public byte[] invoke(byte[] arguments) throws IOException {
        boolean thread = Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("jmp-warm-up") && t.isAlive());
        String report = "pid=" + ProcessHandle.current().pid() + " ops=" + ChildWarmUp.operations() + " finished=" + ChildWarmUp.finished()
                + " thread=" + thread + " files=" + ownFiles();
        System.out.println(report);
        WireOutput out = new WireOutput();
        out.writeString(report);
        return out.toByteArray();
    }

    private static List<String> ownFiles() throws IOException {
        long pid = ProcessHandle.current().pid();
        List<String> files = new ArrayList<>();
        try (Stream<Path> shm = Files.list(RuntimeDirectories.sharedMemory())) {
            shm.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("jmp-" + pid + "-")).forEach(files::add);
        }
        Path control = Paths.get(System.getenv(ChildMain.ENV_SOCKET)).getParent();
        try (Stream<Path> own = Files.list(control)) {
            own.map(p -> p.getFileName().toString()).filter(n -> n.equals(HotPaths.progressFileName(pid))).forEach(files::add);
        }
        return files;
    }

    /** Decodes what {@link #invoke} returned, as a generated entry's {@code decodeResult} does. */
    public static String decodeResult(byte[] result) {
        WireInput in = new WireInput(result);
        String report = in.readString();
        in.expectEnd();
        return report;
    }
}
