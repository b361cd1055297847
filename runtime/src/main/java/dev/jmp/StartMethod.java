package dev.jmp;

import java.util.Locale;

/**
 * How a {@link Context} starts child processes; Python's {@code get_context(method)}. A JVM
 * cannot {@code fork} itself, so there is no {@code fork}: {@link #SPAWN} and {@link #WARM} give
 * every process a fresh JVM on this machine, and differ only in when that JVM is started;
 * {@link #CLUSTER} runs them on other machines, {@link #THREAD} on threads of this JVM.
 */
public enum StartMethod {

    /**
     * A fresh JVM per process, started by {@link Process#start()}, like Python's {@code spawn}:
     * nothing is inherited but the class path, the JVM options and the task's arguments.
     */
    SPAWN,

    /**
     * jmp's {@code forkserver}: a small reservoir of JVMs started ahead of time, each booted,
     * connected to its parent and waiting. {@link Process#start()} hands the task to a waiting
     * JVM and starts a replacement in the background, so a process costs a message instead of a
     * JVM's start-up. A spare runs one task only, with the same options a {@link #SPAWN} child
     * would have, and is what a spawned child is in every other way: it dies with its parent, and
     * spares nobody claimed are killed when the program exits or after an idle timeout (see
     * {@link Context#withSpares}). The reservoir is started by the first process, or ahead of it
     * by {@link Context#prepareSpares()}.
     */
    WARM,

    /**
     * Pools, executors and processes run on a cluster of machines instead of child JVMs here, through
     * the cluster backend of the artifact {@code dev.jmp:jmp-cluster-hazelcast}, which must be on
     * the class path (it is found through {@link java.util.ServiceLoader}); without it, starting a
     * pool or a process fails with {@code [jmp.cluster.no-backend]}. The program's code is the same
     * as for the other methods but for the context. A cluster context keeps no spares.
     */
    CLUSTER,

    /**
     * Python's {@code multiprocessing.dummy}: pools, executors and processes run the same tasks on
     * threads of this JVM, for I/O-bound work, for tests, and to measure what a process costs.
     * Tasks still cross as encoded calls (arguments encoded, results decoded, failures rebuilt as
     * a process's are), so a program behaves the same under every start method; queues, locks,
     * events and the other shared objects are the same shared-memory ones, which work between
     * threads as well. What a thread cannot do: {@link Process#terminate()} and
     * {@link Process#kill()} refuse with {@code [jmp.process.thread-no-kill]} (a thread cannot be
     * stopped from outside; {@link Process#interrupt()} works), {@code cancel(true)} interrupts a
     * running task and abandons its thread, and a task that calls {@code System.exit} ends the
     * whole program. As a child JVM runs with the context that started it, a thread-backed
     * process or worker does with this one: there {@link Multiprocessing#getStartMethod()} is
     * {@code THREAD}, and a process, pool or executor made without a context runs on threads too.
     * {@link Multiprocessing#dummy()} is this context.
     */
    THREAD;

    /** The method called {@code name}, ignoring case: {@code spawn}, {@code warm}, {@code cluster} or {@code thread}. */
    public static StartMethod parse(String name) {
        for (StartMethod method : values()) {
            if (method.name().equalsIgnoreCase(name.trim())) {
                return method;
            }
        }
        throw new IllegalArgumentException("unknown start method '" + name + "'; use one of "
                + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT));
    }
}
