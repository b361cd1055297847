package dev.jmp.maven.fork.programs;

/** Prints its arguments and a system property to stdout, one line to stderr, and exits 0. */
public final class Chatty {

    public static void main(String[] args) {
        System.out.println("first");
        for (String arg : args) {
            System.out.println("arg=" + arg);
        }
        System.out.println("greeting=" + System.getProperty("greeting"));
        System.err.println("to stderr");
        System.out.println("last");
    }
}
