package dev.jmp.ring;

import dev.jmp.base.JmpLog;
import dev.jmp.base.MappedFile;
import dev.jmp.base.RuntimeDirectories;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where a queue's chunk files live and what they are called:
 * {@code jmp-<creator pid>-<creator start ticks>-<queue id << 38 | chunk>} in the shared-memory
 * directory ({@code jmp.shm.dir}, else {@code /dev/shm}, else the temp dir). The name has the
 * form of a shared-memory segment's, so the sweep of that directory
 * ({@link RuntimeDirectories#sweep}) removes the files of a creator that died; queue ids start
 * at 2<sup>38</sup>, far above any segment's sequence number.
 */
final class ChunkNames {

    private static final int CHUNK_BITS = 38;
    private static final AtomicLong NEXT_QUEUE = new AtomicLong();

    private final Path directory;
    private final String prefix;
    private final long queueId;

    ChunkNames(Path directory, long creatorPid, long creatorStart, long queueId) {
        this.directory = directory;
        this.prefix = "jmp-" + creatorPid + "-" + creatorStart + "-";
        this.queueId = queueId;
    }

    /** An id for a new queue of this process, unique among its queues. */
    static long newQueueId() {
        return NEXT_QUEUE.incrementAndGet();
    }

    Path chunk(long seq) {
        return directory.resolve(prefix + (queueId << CHUNK_BITS | seq));
    }

    /** Deletes every chunk file of this queue, including any a writer created but never published. */
    void deleteAll() {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, prefix + "*")) {
            for (Path file : files) {
                String n = file.getFileName().toString().substring(prefix.length());
                try {
                    if (Long.parseLong(n) >>> CHUNK_BITS == queueId) {
                        MappedFile.delete(file, ChunkFile.FORMAT.kind());
                    }
                } catch (NumberFormatException e) {
                    // not one of ours
                }
            }
        } catch (IOException e) {
            JmpLog.log(JmpLog.RUNTIME, System.Logger.Level.WARNING,
                    "cannot list " + directory + " to remove a queue's files: " + e);
        }
    }
}
