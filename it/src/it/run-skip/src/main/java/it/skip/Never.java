package it.skip;

/** Must never run: the IT skips jmp:run. */
public class Never {

    public static void main(String[] args) {
        System.out.println("never: this must not run");
    }
}
