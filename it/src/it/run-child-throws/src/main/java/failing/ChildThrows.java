package failing;

import dev.jmp.Process;
import dev.jmp.ProcessTask;

/** A task that throws in the child; the parent goes on and reports the exit code. */
public class ChildThrows {

    @ProcessTask
    public static void parse(String text) {
        Integer.parseInt(text);
    }

    public static void main(String[] args) throws InterruptedException {
        Process p = new Process(ChildThrowsTasks.parse("forty-two")).name("parser");
        p.start();
        p.join();
        System.out.println("parser exit code: " + p.exitCode().getAsInt());
    }
}
