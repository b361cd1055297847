package demo;

import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.shm.SharedMemory;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** A block seen as a MemorySegment in both processes: the child writes longs, the parent sums them. */
public class SegmentDemo {

    @ProcessTask
    public static void squares(SharedMemory shm) {
        MemorySegment segment = shm.view(MemorySegment.class);
        for (long i = 0; i < segment.byteSize() / Long.BYTES; i++) {
            segment.setAtIndex(ValueLayout.JAVA_LONG, i, i * i);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        try (SharedMemory shm = SharedMemory.create(1000 * Long.BYTES)) {
            Process p = new Process(SegmentDemoTasks.squares(shm));
            p.start();
            p.join();
            MemorySegment segment = shm.view(MemorySegment.class);
            long sum = 0;
            for (long i = 0; i < 1000; i++) {
                sum += segment.getAtIndex(ValueLayout.JAVA_LONG, i);
            }
            System.out.println("segment of " + segment.byteSize() + " bytes, sum of squares " + sum);
            shm.unlink();
        }
    }
}
