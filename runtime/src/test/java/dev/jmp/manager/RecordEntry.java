package dev.jmp.manager;

import dev.jmp.Task;
import dev.jmp.internal.TaskEntry;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.internal.task.Tasks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A hand-written task entry, shaped like a generated one, for what a manager's server runs:
 * appends {@code "<text> <pid>"} to a file, or throws {@code IllegalStateException(text)} when
 * the file is empty.
 */
public final class RecordEntry implements TaskEntry {

    /** A task that appends {@code text} and the pid of the process that runs it to {@code file}. */
    public static Task<Void> record(Path file, String text) {
        return task(file.toString(), text);
    }

    /** A task that throws {@code IllegalStateException(message)}. */
    public static Task<Void> fail(String message) {
        return task("", message);
    }

    private static Task<Void> task(String file, String text) {
        WireOutput out = new WireOutput();
        out.writeString(file);
        out.writeString(text);
        return Tasks.task(RecordEntry.class.getName(), out.toByteArray(), "Record.append", RecordEntry::decodeResult);
    }

    @Override
    public byte[] invoke(byte[] arguments) throws Exception {
        WireInput in = new WireInput(arguments);
        String file = in.readString();
        String text = in.readString();
        in.expectEnd();
        if (file.isEmpty()) {
            throw new IllegalStateException(text);
        }
        Files.writeString(Path.of(file), text + " " + ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return new byte[0];
    }

    /** Decodes what {@link #invoke} returned, as a generated entry's {@code decodeResult} does. */
    public static Void decodeResult(byte[] result) {
        return null;
    }
}
