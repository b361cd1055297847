package dev.jmp.bench;

/**
 * {@code shared_memory_copy}: a child fills a 256 MiB shared-memory block with bytes (the byte
 * at offset {@code i} is {@code i % 256}), the parent sums them as unsigned values; bytes per
 * second from the child's start to the sum. The twin of Python's
 * {@code multiprocessing.shared_memory.SharedMemory}.
 *
 * <p>jmp has no raw shared-memory block yet (its shared memory is typed values and arrays), so
 * this workload prints {@code n/a}. <b>Where it plugs in:</b> once {@code dev.jmp.shm} has one,
 * {@link #measure()} creates a block of {@link #SIZE} bytes, starts a {@code Process} running a
 * {@code Work} task that fills it with the pattern above (Python's {@code fill_block}), joins it,
 * sums the block, checks the sum against {@link #EXPECTED_SUM}, unlinks the block and returns
 * {@code SIZE} over the seconds from {@code start()} to the end of the sum; {@link #available()}
 * then returns true.
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
    public boolean available() {
        return false;
    }

    @Override
    public double measure() {
        throw new UnsupportedOperationException("jmp has no raw shared-memory block yet: shared_memory_copy prints n/a");
    }
}
