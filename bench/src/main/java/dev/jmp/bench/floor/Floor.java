package dev.jmp.bench.floor;

/**
 * The floor of one workload of the comparison: the same work, timed the same way, by a plain
 * JDK-only program over the OS mechanism jmp uses for it.
 */
public interface Floor {

    /** The name of the workload it is the floor of. */
    String name();

    /** The workload's unit. */
    String unit();

    /**
     * The start method the figure stands for whatever the run's is ({@code spawn}, {@code warm-ready},
     * {@code any}), or null when it follows the run's: a cold child JVM under spawn, a child started
     * beforehand (untimed) and told to go under warm.
     */
    default String fixedMethod() {
        return null;
    }

    /** Runs once and returns the figure in {@link #unit()}; {@code warm} picks pre-started children. */
    double measure(boolean warm) throws Exception;
}
