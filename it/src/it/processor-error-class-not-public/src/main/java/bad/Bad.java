package bad;

import dev.jmp.ProcessTask;

class Bad {
    @ProcessTask
    public static void greet(String name) {
        System.out.println(name);
    }
}
