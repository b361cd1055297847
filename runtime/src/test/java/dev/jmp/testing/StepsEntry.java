package dev.jmp.testing;

import dev.jmp.Multiprocessing;
import dev.jmp.internal.ChunkEntry;
import dev.jmp.internal.ChunkRun;
import dev.jmp.internal.TaskEntry;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * The entry of {@link PoolTasks#steps}: runs steps in a worker and returns what they produced.
 * Steps: {@code return:text}, {@code pid}, {@code name}, {@code daemon} (what {@code currentProcess()} says), {@code startmethod}, {@code vmargs} (the JVM's options), {@code big:N} (N characters),
 * {@code sleep:ms}, {@code hang}, {@code linger:ms} (leaves a non-daemon thread sleeping), {@code touch:file}, {@code pidfile:file} (the worker's pid), {@code await:file} (until it exists),
 * {@code exit:N}, {@code halt:N}, {@code throw:msg} (IllegalArgumentException with a cause and a
 * suppressed exception), {@code custom:msg} (an exception with no message constructor),
 * {@code unencodable} (a result that cannot be encoded), {@code inits} (initializer runs here),
 * {@code init:label} (what an initializer does), {@code chunked} ({@code chunk} when it runs in
 * a map's chunk loop, else {@code single}), {@code same} ({@code same} when this step is the very
 * string object the last {@code same} step was, else {@code new}), {@code process:a|b} (runs a process of
 * {@link ScriptEntry} steps {@code a}, {@code b} and returns its exit code), {@code log:text} (logs
 * {@code text} at WARNING, with an exception, through {@code Multiprocessing.getLogger()}).
 */
public final class StepsEntry implements TaskEntry, ChunkEntry {

    /** The {@code same} step that ran last in this JVM, to tell one object from an equal one. */
    private static String lastSameStep;

    /** How many times the initializer ran in this JVM. */
    static int initializerRuns;

    /** An exception the parent cannot rebuild: its only constructor takes a number. */
    public static final class CodedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public CodedException(int code) {
            super("code " + code);
        }
    }

    @Override
    public byte[] invoke(byte[] arguments) throws Exception {
        WireInput in = new WireInput(arguments);
        int n = in.readInt();
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < n; i++) {
            step(in.readString(), result);
        }
        in.expectEnd();
        WireOutput out = new WireOutput();
        out.writeString(result.toString());
        return out.toByteArray();
    }

    @Override
    public void runChunk(ChunkRun run) {
        WireInput in = run.arguments();
        for (int i = 0, n = run.count(); i < n; i++) {
            boolean runs = run.next(i);
            try {
                String[] steps;
                int reference = in.readInt();
                if (reference < 0) {
                    String[] read = new String[in.readLength()];
                    for (int s = 0; s < read.length; s++) {
                        read[s] = in.readString();
                    }
                    steps = run.remember(read);
                } else {
                    steps = run.recall(reference);
                }
                if (runs) {
                    StringBuilder result = new StringBuilder();
                    for (String step : steps) {
                        step(step, result);
                    }
                    run.result().writeString(result.toString());
                }
                run.done(i);
            } catch (Throwable thrown) {
                run.failed(i, thrown);
            }
        }
    }

    private static void step(String step, StringBuilder result) throws Exception {
        int colon = step.indexOf(':');
        String verb = colon < 0 ? step : step.substring(0, colon);
        String arg = colon < 0 ? "" : step.substring(colon + 1);
        switch (verb) {
            case "return" -> result.append(arg);
            case "log" -> Multiprocessing.getLogger().log(System.Logger.Level.WARNING, arg, new IllegalStateException("logged"));
            case "pid" -> result.append(ProcessHandle.current().pid());
            case "name" -> result.append(Multiprocessing.currentProcess().name());
            case "daemon" -> result.append(Multiprocessing.currentProcess().daemon());
            case "startmethod" -> result.append(Multiprocessing.getStartMethod());
            case "process" -> {
                dev.jmp.Process p = new dev.jmp.Process(ScriptEntry.task(arg.split("\\|")));
                p.start();
                p.join();
                result.append(p.exitCode().getAsInt());
            }
            case "vmargs" -> result.append(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
            case "big" -> result.append("x".repeat(Integer.parseInt(arg)));
            case "sleep" -> Thread.sleep(Long.parseLong(arg));
            case "hang" -> Thread.sleep(Long.MAX_VALUE);
            case "linger" -> {
                Thread lingering = new Thread(() -> {
                    try {
                        Thread.sleep(Long.parseLong(arg));
                    } catch (InterruptedException e) {
                        // done
                    }
                }, "lingering");
                lingering.start();
            }
            case "touch" -> Files.writeString(Paths.get(arg), "");
            case "pidfile" -> {
                java.nio.file.Path tmp = Paths.get(arg + ".tmp");
                Files.writeString(tmp, Long.toString(ProcessHandle.current().pid()));
                Files.move(tmp, Paths.get(arg), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            case "await" -> {
                while (!Files.exists(Paths.get(arg))) {
                    Thread.sleep(5);
                }
            }
            case "exit" -> System.exit(Integer.parseInt(arg));
            case "halt" -> Runtime.getRuntime().halt(Integer.parseInt(arg));
            case "throw" -> {
                IllegalArgumentException e = new IllegalArgumentException(arg, new IllegalStateException("the cause"));
                e.addSuppressed(new UnsupportedOperationException("suppressed one"));
                throw e;
            }
            case "custom" -> throw new CodedException(Integer.parseInt(arg));
            case "io" -> throw new java.io.IOException(arg);
            case "unencodable" -> new WireOutput().writeSerialized(new Object());
            case "inits" -> result.append(initializerRuns);
            case "chunked" -> result.append(StackWalker.getInstance().walk(frames -> frames.anyMatch(
                    f -> f.getClassName().equals("dev.jmp.launch.child.ChunkRunner"))) ? "chunk" : "single");
            case "same" -> {
                result.append(step == lastSameStep ? "same" : "new");
                lastSameStep = step;
            }
            case "init" -> {
                initializerRuns++;
                System.out.println("initializer " + arg + " in " + ProcessHandle.current().pid());
            }
            default -> throw new IllegalArgumentException("unknown step " + step);
        }
    }

    /** Decodes one result where it lies among others, as a generated entry's does. */
    public static String decodeResult(byte[] result, int offset, int length) {
        WireInput in = new WireInput(result, offset, length);
        String value = in.readString();
        in.expectEnd();
        return value;
    }

    /** Decodes what {@link #invoke} returned, as a generated entry's {@code decodeResult} does. */
    public static String decodeResult(byte[] result) {
        WireInput in = new WireInput(result);
        String value = in.readString();
        in.expectEnd();
        return value;
    }
}
