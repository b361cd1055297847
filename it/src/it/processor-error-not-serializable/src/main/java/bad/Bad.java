package bad;

import dev.jmp.JavaSerialized;
import dev.jmp.ProcessTask;

public class Bad {
    @ProcessTask
    public static void store(@JavaSerialized StringBuilder text) {
        System.out.println(text);
    }
}
