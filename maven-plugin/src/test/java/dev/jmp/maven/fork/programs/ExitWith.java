package dev.jmp.maven.fork.programs;

/** Exits with the code given as its only argument. */
public final class ExitWith {

    public static void main(String[] args) {
        System.out.println("exiting with " + args[0]);
        System.exit(Integer.parseInt(args[0]));
    }
}
