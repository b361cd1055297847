import dev.jmp.manager.Shared;

public class SharedUnnamed {

    @Shared
    public int x() {
        return 0;
    }
}
