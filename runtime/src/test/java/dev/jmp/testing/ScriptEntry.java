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
 * {@code whoami}, {@code prop:name}, {@code sleep:200}, {@code exit:42}, {@code halt:3}, {@code throw:boom},
 * {@code hang}.
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
            case "whoami" -> System.out.println("I am " + Multiprocessing.currentProcess()
                    + " child of " + Multiprocessing.parentProcess().orElseThrow());
            case "prop" -> System.out.println(arg + "=" + System.getProperty(arg));
            case "vmargs" -> System.out.println("vmargs=" + java.lang.management.ManagementFactory.getRuntimeMXBean()
                    .getInputArguments());
            case "sleep" -> Thread.sleep(Long.parseLong(arg));
            case "exit" -> System.exit(Integer.parseInt(arg));
            case "halt" -> Runtime.getRuntime().halt(Integer.parseInt(arg));
            case "throw" -> throw new IllegalArgumentException(arg);
            case "hang" -> Thread.sleep(Long.MAX_VALUE);
            default -> throw new IllegalArgumentException("unknown step " + step);
        }
    }

    /** Decodes what {@link #invoke} returned, as a generated entry's {@code decodeResult} does. */
    public static Void decodeResult(byte[] result) {
        return null;
    }
}
