package dev.jmp.shm;

/**
 * A child JVM that holds a shared memory block until it is killed: {@code create <name>} creates
 * a block of 4096 bytes, {@code attach <name>} attaches to one; either prints {@code ready} and
 * then waits on its standard input, which the test never closes.
 */
public final class BlockChildMain {

    private BlockChildMain() {}

    public static void main(String[] args) throws Exception {
        SharedMemory shm = args[0].equals("create") ? SharedMemory.create(args[1], 4096) : SharedMemory.attach(args[1]);
        shm.buffer().put(0, (byte) 1);
        System.out.println("ready");
        System.out.flush();
        System.in.read();
    }
}
