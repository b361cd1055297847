import dev.jmp.ProcessTask;

public class Bad {
    @ProcessTask
    public static void greet(String name) {
        System.out.println(name);
    }
}
