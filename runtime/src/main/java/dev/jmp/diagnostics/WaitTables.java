package dev.jmp.diagnostics;

import static dev.jmp.sync.primitive.WaitTableLayout.BLOCK;
import static dev.jmp.sync.primitive.WaitTableLayout.ENTRIES;
import static dev.jmp.sync.primitive.WaitTableLayout.KINDS;
import static dev.jmp.sync.primitive.WaitTableLayout.LOCK_KIND;
import static dev.jmp.sync.primitive.WaitTableLayout.LOCK_OFFSET;
import static dev.jmp.sync.primitive.WaitTableLayout.PID;
import static dev.jmp.sync.primitive.WaitTableLayout.PROCESS_NAME;
import static dev.jmp.sync.primitive.WaitTableLayout.SEGMENT;
import static dev.jmp.sync.primitive.WaitTableLayout.SIZE;
import static dev.jmp.sync.primitive.WaitTableLayout.STACK;
import static dev.jmp.sync.primitive.WaitTableLayout.THREAD_ID;
import static dev.jmp.sync.primitive.WaitTableLayout.THREAD_NAME;
import static dev.jmp.sync.primitive.WaitTableLayout.TIMED;
import static dev.jmp.sync.primitive.WaitTableLayout.TOKEN;
import static dev.jmp.sync.primitive.WaitTableLayout.VERSION;
import static dev.jmp.sync.primitive.WaitTableLayout.entry;
import static dev.jmp.sync.primitive.WaitTableLayout.getString;

import dev.jmp.base.MappedFile;
import dev.jmp.base.RuntimeDirectories;
import dev.jmp.memory.SharedWords;
import dev.jmp.sync.primitive.WaitTableLayout;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the wait tables of a shared-memory directory, as {@link WaitTableLayout} describes them. */
final class WaitTables {

    private WaitTables() {}

    /** The waiters recorded by every live process with a table in {@code directory}. */
    static List<Waiter> ofLiveProcesses(Path directory) {
        List<Waiter> waiters = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory,
                RuntimeDirectories.WAIT_TABLE_PREFIX + "*")) {
            for (Path file : files) {
                boolean live = RuntimeDirectories.ownerOf(file.getFileName().toString())
                        .map(p -> p.isAlive()).orElse(false);
                if (live) {
                    waiters.addAll(read(file));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return waiters;
    }

    /** The waiters recorded in {@code file}; none when it is not a readable wait table. */
    static List<Waiter> read(Path file) {
        ByteBuffer buffer;
        try {
            buffer = MappedFile.open(file, WaitTableLayout.FORMAT, false).buffer();
        } catch (IOException e) {
            return List.of();
        }
        if (buffer.capacity() != SIZE) {
            return List.of();
        }
        SharedWords words = SharedWords.over(buffer, 0, SIZE / Long.BYTES);
        long pid = buffer.getLong(PID);
        String processName = getString(buffer, PROCESS_NAME, 2, BLOCK - PROCESS_NAME);
        List<Waiter> waiters = new ArrayList<>();
        for (int i = 0; i < ENTRIES; i++) {
            int at = entry(i);
            long before = words.getVolatile((at + VERSION) / Long.BYTES);
            long token = words.getVolatile((at + TOKEN) / Long.BYTES);
            if ((before & 1) != 0 || token == 0) {
                continue;
            }
            int kindAndTimed = buffer.getInt(at + LOCK_KIND);
            int kind = kindAndTimed & ~TIMED;
            Waiter waiter = new Waiter(pid, processName, token, buffer.getLong(at + THREAD_ID),
                    getString(buffer, at + THREAD_NAME, 2, STACK - THREAD_NAME),
                    KINDS.get(kind >= 0 && kind < KINDS.size() ? kind : 0),
                    getString(buffer, at + SEGMENT, 2, THREAD_NAME - SEGMENT), buffer.getInt(at + LOCK_OFFSET),
                    (kindAndTimed & TIMED) != 0, getString(buffer, at + STACK, 4, BLOCK - STACK));
            if (words.getVolatile((at + VERSION) / Long.BYTES) == before) {
                waiters.add(waiter);
            }
        }
        return waiters;
    }
}
