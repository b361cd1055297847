package dev.jmp.bench.floor;

import java.util.Arrays;

/**
 * The entry of every floor's child JVM: {@code FloorChild [--wait] <kind> <args...>}. With
 * {@code --wait} it writes one byte on stdout and runs only once it has read one on stdin (a
 * warm start, {@link FloorJvm}). Each kind is the child side of one floor, in that floor's file.
 */
public final class FloorChild {

    static final String WAIT = "--wait";

    private FloorChild() {}

    /** Runs the child side named by the first argument; see the class comment. */
    public static void main(String[] args) throws Exception {
        int first = 0;
        if (args[0].equals(WAIT)) {
            System.out.write('r');
            System.out.flush();
            if (System.in.read() < 0) {
                return; // the parent went away before it needed this child
            }
            first = 1;
        }
        String[] rest = Arrays.copyOfRange(args, first + 1, args.length);
        switch (args[first]) {
            case "noop" -> { }
            case "array" -> ArrayUpdateFloor.child(rest);
            case "incr" -> LockedIncrFloor.child(rest);
            case "dict" -> ManagerDictSetFloor.child(rest);
            case "echo" -> PipeRoundtripFloor.child(rest);
            case "pong" -> EventRoundtripFloor.child(rest);
            case "produce" -> QueueFloor.child(rest);
            case "worker" -> FloorWorker.child(rest);
            case "burn" -> CpuFloor.child(rest);
            default -> throw new IllegalArgumentException("unknown floor child " + args[first]);
        }
    }
}
