package it.exit;

/** Fails the way a real program does: some output, then a non-zero exit code. */
public class ExitThree {

    public static void main(String[] args) {
        System.out.println("exit-three: giving up");
        System.exit(3);
    }
}
