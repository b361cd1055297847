package seed;

import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.shm.IntArray;
import java.util.Arrays;

/** Problem 7: shared memory with Array. */
public class SharedArray {

    @ProcessTask
    public static void updateArray(IntArray arr) {
        for (int i = 0; i < arr.length(); i++) {
            arr.set(i, arr.get(i) + 1);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        try (IntArray sharedArr = IntArray.create(new int[] {1, 2, 3, 4, 5})) {
            Process p = new Process(SharedArrayTasks.updateArray(sharedArr));
            p.start();
            p.join();
            System.out.println(Arrays.toString(sharedArr.toArray()));
        }
    }
}
