package bad;

import dev.jmp.ProcessTask;

public class Bad {
    @ProcessTask(name = "not a name")
    public static void greet(String name) {
        System.out.println(name);
    }
}
