package dev.jmp.connection;

import static dev.jmp.shm.Handles.decode;

import java.time.Duration;

/**
 * The main class that cross-process pipe tests run in child JVMs: argument 0 names what to do,
 * argument 1 is a pipe end's handle (see {@link dev.jmp.shm.Handles}). Children meant to be killed
 * give up on their own after {@link #ORPHAN_LIMIT}.
 */
public final class PipeChild {

    static final Duration ORPHAN_LIMIT = Duration.ofSeconds(60);

    private PipeChild() {}

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        Connection<String> conn = decode(args[1], Connection.class);
        switch (args[0]) {
            case "echo" -> {
                for (String message; (message = conn.recv()) != null; ) {
                    conn.send(message);
                }
            }
            case "send-and-close" -> {
                conn.send(args[2]);
                conn.close();
            }
            case "send-and-exit" -> conn.send(args[2]); // no close: the process's end closes with it
            case "send-and-hang" -> {
                conn.send(args[2]);
                Thread.sleep(ORPHAN_LIMIT.toMillis());
                System.exit(3);
            }
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
        System.out.println("done");
    }
}
