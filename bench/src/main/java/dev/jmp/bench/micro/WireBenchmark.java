package dev.jmp.bench.micro;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The codec round trip under every task call: what a generated {@code encodeArguments} and {@code invoke} do. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WireBenchmark {

    private final String kilobyte = "x".repeat(1024);
    private int n;

    /** {@code square(int)}: one int out, one int back. */
    @Benchmark
    public int intRoundTrip() {
        WireOutput out = new WireOutput();
        out.writeInt(n++);
        WireInput in = new WireInput(out.toByteArray());
        int value = in.readInt();
        in.expectEnd();
        return value;
    }

    /** {@code len(String)} over 1 KiB strings, as in {@code pool_map_1k_payload}. */
    @Benchmark
    public int kilobyteStringRoundTrip() {
        WireOutput out = new WireOutput();
        if (out.writePresence(kilobyte)) {
            out.writeString(kilobyte);
        }
        WireInput in = new WireInput(out.toByteArray());
        return in.readPresence() ? in.readString().length() : -1;
    }
}
