package bad;

import dev.jmp.ProcessTask;

public class Bad {
    @ProcessTask
    static void greet(String name) {
        System.out.println(name);
    }
}
