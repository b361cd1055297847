package dev.jmp.spi;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a context chose for the JVMs it starts, passed down to a backend: the JVM options each
 * gets (heap first, then the context's, then the process's own), and the warm spares to keep. A
 * backend that starts no JVM of its own may ignore what does not apply to it.
 *
 * @param jvmOptions options added to the inherited ones
 * @param spares warm spares to keep ready; 0 for none
 * @param spareIdleTimeout how long an unclaimed spare lives
 * @param workerReuse how long a pool worker its pool is done with waits for the next pool to take
 *     it; zero: pool workers are not reused
 */
public record LaunchOptions(List<String> jvmOptions, int spares, Duration spareIdleTimeout, Duration workerReuse) {

    public LaunchOptions {
        jvmOptions = List.copyOf(jvmOptions);
        Objects.requireNonNull(spareIdleTimeout, "spareIdleTimeout");
        Objects.requireNonNull(workerReuse, "workerReuse");
    }

    /** Options whose pool workers are not reused. */
    public LaunchOptions(List<String> jvmOptions, int spares, Duration spareIdleTimeout) {
        this(jvmOptions, spares, spareIdleTimeout, Duration.ZERO);
    }
}
