package dev.jmp.shm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Hands out shared memory blocks and lists and unlinks them all when it shuts down: Python's
 * {@code multiprocessing.managers.SharedMemoryManager}, so that nothing is left in
 * {@code /dev/shm} even when {@code unlink()} is forgotten.
 *
 * <pre>{@code
 * try (SharedMemoryManager smm = new SharedMemoryManager()) {   // with SharedMemoryManager() as smm:
 *     SharedMemory shm = smm.sharedMemory(1 << 20);             //     smm.SharedMemory(size=...)
 *     ShareableList sl = smm.shareableList(List.of(1, 2, 3));   //     smm.ShareableList([1, 2, 3])
 *     ...                                                       // pass shm, sl (or their names) to tasks
 * }                                                             // every block is closed and unlinked
 * }</pre>
 *
 * <p>Unlike Python's, it runs no server process: the blocks are tracked in the process that
 * created the manager, which is where Python's manager must be shut down too. A manager never
 * shut down is shut down when the JVM exits; one killed before that leaves its blocks to the
 * sweep of abandoned blocks (see the package documentation).
 */
public final class SharedMemoryManager implements AutoCloseable {

    private final List<SharedMemory> blocks = new ArrayList<>();
    private boolean shutDown;

    /** A running manager: Python's {@code SharedMemoryManager()} followed by {@code start()}. */
    public SharedMemoryManager() {
        OpenBlocks.managerStarted(this);
    }

    /** A new block of {@code size} bytes with a generated name: Python's {@code smm.SharedMemory(size)}. */
    public SharedMemory sharedMemory(long size) {
        return track(() -> SharedMemory.create(null, size));
    }

    /** A new list holding {@code items} in a block with a generated name: Python's {@code smm.ShareableList(items)}. */
    public ShareableList shareableList(List<?> items) {
        ShareableList[] list = new ShareableList[1];
        track(() -> {
            list[0] = ShareableList.create(null, items);
            return list[0].shm();
        });
        return list[0];
    }

    private synchronized SharedMemory track(Supplier<SharedMemory> create) {
        if (shutDown) {
            throw new IllegalStateException("[jmp.shm.manager-shut-down] this SharedMemoryManager was shut down;"
                    + " create blocks before shutdown(), or use a new manager");
        }
        SharedMemory block = create.get();
        blocks.add(block);
        return block;
    }

    /** The names of the blocks it handed out and has not released yet. */
    public synchronized List<String> names() {
        return blocks.stream().map(SharedMemory::name).toList();
    }

    /**
     * Closes and unlinks every block it handed out (those unlinked already are skipped):
     * Python's {@code shutdown()}. Later calls do nothing.
     */
    public synchronized void shutdown() {
        if (shutDown) {
            return;
        }
        shutDown = true;
        OpenBlocks.managerShutDown(this);
        for (SharedMemory block : blocks) {
            block.close();
            block.unlinkIfPresent();
        }
        blocks.clear();
    }

    /** {@link #shutdown()}, for try-with-resources. */
    @Override
    public void close() {
        shutdown();
    }
}
