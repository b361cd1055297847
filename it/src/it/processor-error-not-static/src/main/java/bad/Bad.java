package bad;

import dev.jmp.ProcessTask;

public class Bad {
    @ProcessTask
    public void greet(String name) {
        System.out.println(name);
    }
}
