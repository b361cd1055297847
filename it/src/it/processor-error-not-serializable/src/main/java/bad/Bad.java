package bad;

import dev.jmp.JavaSerialized;
import dev.jmp.ProcessTask;

public class Bad {
    public static class Connection {
    }

    @ProcessTask
    public static void store(@JavaSerialized Connection connection) {
        System.out.println(connection);
    }
}
