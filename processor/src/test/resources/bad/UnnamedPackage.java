import dev.jmp.ProcessTask;

public class UnnamedPackage {

    @ProcessTask
    public static void greet(String name) {
        System.out.println("Hello, " + name);
    }
}
