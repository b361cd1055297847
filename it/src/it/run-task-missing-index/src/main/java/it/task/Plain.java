package it.task;

/** A project compiled without the jmp processor, so there is no task index. */
public class Plain {

    public static void main(String[] args) {
        System.out.println("plain: this must not run");
    }
}
