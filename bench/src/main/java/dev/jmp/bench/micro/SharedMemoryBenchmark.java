package dev.jmp.bench.micro;

import dev.jmp.shm.IntValue;
import dev.jmp.shm.LongArray;
import dev.jmp.sync.Lock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The shared-memory paths under {@code locked_incr} and {@code array_update_1m}: CAS, atomic add,
 * an uncontended lock, an atomic add on an array element.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SharedMemoryBenchmark {

    private IntValue value;
    private IntValue raw;
    private Lock lock;
    private LongArray array;
    private int expected;

    @Setup
    public void create() {
        value = IntValue.create(0);
        raw = IntValue.createRaw(0);
        lock = Lock.create();
        array = LongArray.createRaw(16);
    }

    @TearDown
    public void close() {
        value.close();
        raw.close();
        lock.close();
        array.close();
    }

    @Benchmark
    public boolean compareAndSet() {
        return raw.compareAndSet(expected, ++expected);
    }

    @Benchmark
    public int addAndGet() {
        return raw.addAndGet(1);
    }

    @Benchmark
    public long arrayAddAndGet() {
        return array.addAndGet(3, 1);
    }

    @Benchmark
    public void lockAcquireRelease() {
        lock.acquire();
        lock.release();
    }

    /** One iteration of Python's {@code with v.get_lock(): v.value += 1}. */
    @Benchmark
    public void lockedIncrement() {
        value.getLock().acquire();
        try {
            value.set(value.get() + 1);
        } finally {
            value.getLock().release();
        }
    }
}
