package bad;

import dev.jmp.ProcessTask;

public class Bad {
    public record Node(String label, Node next) {
    }

    @ProcessTask
    public static void walk(Node head) {
        System.out.println(head);
    }
}
