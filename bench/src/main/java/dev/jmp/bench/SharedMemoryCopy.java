package dev.jmp.bench;

import dev.jmp.Process;
import dev.jmp.shm.SharedMemory;
import java.nio.ByteBuffer;

/**
 * {@code shared_memory_copy}: a child fills a 256 MiB shared-memory block with bytes (the byte
 * at offset {@code i} is {@code i % 256}), the parent sums them as unsigned values; bytes per
 * second from the child's start to the sum. The twin of Python's
 * {@code multiprocessing.shared_memory.SharedMemory}: the block is created untimed, the child
 * attaches by name and copies a 1 MiB pattern in ({@code Work.fillBlock}, Python's
 * {@code fill_block}), the parent sums it with a plain loop over the bytes.
 *
 * <p>The sum stays a loop over {@code get(i)}. Python's {@code sum(shm.buf)} is a C loop, whose
 * fair Java twin could read through a bulk {@code get} into a reused array and sum that; on
 * JDK 17 that was measured no faster (100 ms against 85 ms of CPU for the 256 MiB, pages
 * mapped: C2 does not vectorize a byte-to-long sum, and the copy adds to it), so the simpler
 * loop is kept. Most of the time is the kernel's, on both sides: the child's writes allocate the
 * block's 65,536 pages, and the parent's first reads map them (BENCHMARKS.md).
 */
final class SharedMemoryCopy implements Workload {

    static final long SIZE = 256L << 20;
    static final long EXPECTED_SUM = SIZE / 256 * (255 * 256 / 2);

    @Override
    public String name() {
        return "shared_memory_copy";
    }

    @Override
    public String unit() {
        return "per_s";
    }

    @Override
    public double measure() throws Exception {
        SharedMemory shm = SharedMemory.create(SIZE);
        try {
            Process p = new Process(WorkTasks.fillBlock(shm.name(), SIZE));
            long start = System.nanoTime();
            p.start();
            p.join();
            long total = sum(shm.buffer());
            long nanos = System.nanoTime() - start;
            if (total != EXPECTED_SUM) {
                throw new IllegalStateException("the block sums to " + total + ", not " + EXPECTED_SUM);
            }
            return SIZE / (nanos / 1e9);
        } finally {
            shm.close();
            shm.unlink();
        }
    }

    private static long sum(ByteBuffer bytes) {
        long total = 0;
        for (int i = 0, n = bytes.capacity(); i < n; i++) {
            total += Byte.toUnsignedInt(bytes.get(i));
        }
        return total;
    }
}
