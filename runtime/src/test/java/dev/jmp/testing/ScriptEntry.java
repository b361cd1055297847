package dev.jmp.testing;

import dev.jmp.Multiprocessing;
import dev.jmp.Task;
import dev.jmp.internal.TaskEntry;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.internal.task.Tasks;

/**
 * A hand-written task entry, shaped like a generated one, that runs a tiny script of steps so
 * runtime tests need no annotation processor: {@code print:hello}, {@code err:oops},
 * {@code whoami}, {@code startmethod}, {@code prop:name}, {@code sleep:200}, {@code exit:42}, {@code halt:3}, {@code throw:boom},
 * {@code hang}, {@code lock} (takes and releases a new {@code Lock}), {@code touch:file}, {@code onexit:text} (a shutdown hook prints it), {@code joinparent:ms} (joins the parent process with that
 * timeout and prints {@code parent joined=<bool> alive=<bool>}), {@code catchinterrupt} (waits until interrupted, prints
 * {@code interrupted} and goes on); {@code child:a|b} and {@code daemonchild:a|b} start a child of this process that
 * runs the steps {@code a}, {@code b} and print {@code child <pid>}; {@code pool}, {@code executor} and {@code manager}
 * start a one-worker {@code Pool} (and map with it), a {@code ProcessPoolExecutor} or a manager, print
 * {@code pool ok} (and so on) and close it; {@code try:step} runs {@code step} and prints {@code refused <message>}
 * if it throws; {@code log:text} logs {@code text} at WARNING, with an exception, through {@code Multiprocessing.getLogger()}.
 */
public final class ScriptEntry implements TaskEntry {

    /** A task running {@code steps} in order. */
    public static Task<Void> task(String... steps) {
        WireOutput out = new WireOutput();
        out.writeInt(steps.length);
        for (String step : steps) {
            out.writeString(step);
        }
        return Tasks.task(ScriptEntry.class.getName(), out.toByteArray(), "Script.run", ScriptEntry::decodeResult);
    }

    @Override
    public byte[] invoke(byte[] arguments) throws Throwable {
        WireInput in = new WireInput(arguments);
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            step(in.readString());
        }
        in.expectEnd();
        return new byte[0];
    }

    private static void step(String step) throws Exception {
        int colon = step.indexOf(':');
        String verb = colon < 0 ? step : step.substring(0, colon);
        String arg = colon < 0 ? "" : step.substring(colon + 1);
        switch (verb) {
            case "print" -> System.out.println(arg);
            case "err" -> System.err.println(arg);
            case "log" -> Multiprocessing.getLogger().log(System.Logger.Level.WARNING, arg, new IllegalStateException("logged"));
            case "whoami" -> System.out.println("I am " + Multiprocessing.currentProcess()
                    + " child of " + Multiprocessing.parentProcess().orElseThrow());
            case "startmethod" -> System.out.println("startMethod=" + Multiprocessing.getStartMethod());
            case "prop" -> System.out.println(arg + "=" + System.getProperty(arg));
            case "vmargs" -> System.out.println("vmargs=" + java.lang.management.ManagementFactory.getRuntimeMXBean()
                    .getInputArguments());
            case "sleep" -> Thread.sleep(Long.parseLong(arg));
            case "exit" -> System.exit(Integer.parseInt(arg));
            case "halt" -> Runtime.getRuntime().halt(Integer.parseInt(arg));
            case "throw" -> throw new IllegalArgumentException(arg);
            case "hang" -> Thread.sleep(Long.MAX_VALUE);
            case "lock" -> {
                try (dev.jmp.sync.Lock lock = dev.jmp.sync.Lock.create()) {
                    lock.acquire();
                    lock.release();
                }
            }
            case "catchinterrupt" -> {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    System.out.println("interrupted");
                }
            }
            case "joinparent" -> {
                dev.jmp.ProcessInfo parent = Multiprocessing.parentProcess().orElseThrow();
                boolean joined = parent.join(java.time.Duration.ofMillis(Long.parseLong(arg)));
                System.out.println("parent joined=" + joined + " alive=" + parent.isAlive());
            }
            case "onexit" -> Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println(arg)));
            case "touch" -> java.nio.file.Files.writeString(java.nio.file.Paths.get(arg), "");
            case "try" -> {
                try {
                    step(arg);
                } catch (RuntimeException e) {
                    System.out.println("refused " + e.getMessage());
                }
            }
            case "pool" -> {
                try (dev.jmp.pool.Pool pool = new dev.jmp.pool.Pool(1)) {
                    System.out.println("pool " + (pool.map(PoolTasks::square, java.util.List.of(2)).equals(
                            java.util.List.of(4)) ? "ok" : "wrong"));
                }
            }
            case "executor" -> {
                try (dev.jmp.pool.ProcessPoolExecutor executor = new dev.jmp.pool.ProcessPoolExecutor(1)) {
                    System.out.println("executor " + executor.submit(PoolTasks.square(3)).get());
                }
            }
            case "manager" -> {
                try (dev.jmp.manager.SyncManager manager = new dev.jmp.manager.SyncManager()) {
                    manager.start();
                    System.out.println("manager ok");
                }
            }
            case "child", "daemonchild" -> {
                dev.jmp.Process child = new dev.jmp.Process(task(arg.split("\\|"))).daemon(verb.equals("daemonchild"));
                child.start();
                System.out.println("child " + child.pid());
            }
            default -> throw new IllegalArgumentException("unknown step " + step);
        }
    }

    /** Decodes what {@link #invoke} returned, as a generated entry's {@code decodeResult} does. */
    public static Void decodeResult(byte[] result) {
        return null;
    }
}
