package demo;

import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.shm.ShareableList;
import dev.jmp.shm.SharedMemory;
import dev.jmp.shm.SharedMemoryManager;
import java.nio.ByteBuffer;
import java.util.List;

/** Python's shared_memory examples: a block and a list written by children, then unlinked by the manager. */
public class ShmDemo {

    /** Writes 22, 33, 44, 55 at the start of the block it is given. */
    @ProcessTask
    public static void writeHeader(SharedMemory shm) {
        shm.buffer().put(0, new byte[] {22, 33, 44, 55});
    }

    /** Attaches by name, as another program would, and writes the rest of the block. */
    @ProcessTask
    public static void writeRest(String name) {
        try (SharedMemory shm = SharedMemory.attach(name)) {
            ByteBuffer buf = shm.buffer();
            for (int i = 4; i < buf.capacity(); i++) {
                buf.put(i, (byte) i);
            }
        }
    }

    @ProcessTask
    public static void updateList(ShareableList sl) {
        sl.set(0, sl.getLong(0) * 100);
        sl.set(3, "hi!");
    }

    public static void main(String[] args) throws InterruptedException {
        String name;
        try (SharedMemoryManager smm = new SharedMemoryManager()) {
            SharedMemory shm = smm.sharedMemory(10);
            ShareableList sl = smm.shareableList(List.of(1, 2.5, true, "howdy"));
            name = shm.name();
            run(new Process(ShmDemoTasks.writeHeader(shm)));
            run(new Process(ShmDemoTasks.writeRest(shm.name())));
            run(new Process(ShmDemoTasks.updateList(sl)));
            byte[] bytes = new byte[10];
            shm.buffer().get(0, bytes);
            System.out.println("block " + java.util.Arrays.toString(bytes));
            System.out.println("list " + sl + " format " + sl.format());
        }
        try {
            SharedMemory.attach(name);
            System.out.println("still there");
        } catch (IllegalStateException e) {
            System.out.println("after shutdown: " + e.getMessage().substring(0, e.getMessage().indexOf(']') + 1));
        }
    }

    private static void run(Process p) throws InterruptedException {
        p.start();
        p.join();
        if (p.exitCode().orElse(-1) != 0) {
            throw new IllegalStateException("child failed: " + p.exitCode());
        }
    }
}
