package bad;

import dev.jmp.ProcessTask;

public class Bad {
    @ProcessTask
    public static void save(String name,
                            Thread worker) {
        System.out.println(name + worker);
    }
}
