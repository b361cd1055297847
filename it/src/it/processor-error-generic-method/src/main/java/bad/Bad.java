package bad;

import dev.jmp.ProcessTask;
import java.util.List;

public class Bad {
    @ProcessTask
    public static <T> int count(List<T> items) {
        return items.size();
    }
}
