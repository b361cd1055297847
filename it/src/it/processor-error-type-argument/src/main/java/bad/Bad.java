package bad;

import dev.jmp.ProcessTask;
import java.util.List;

public class Bad {
    @ProcessTask
    @SuppressWarnings("rawtypes")
    public static int count(List items) {
        return items.size();
    }
}
