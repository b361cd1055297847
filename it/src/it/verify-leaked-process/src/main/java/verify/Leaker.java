package verify;

import java.io.IOException;

/** Starts an operating-system process and exits without waiting for it or stopping it. */
public class Leaker {

    public static void main(String[] args) throws IOException {
        new ProcessBuilder("sleep", "300").start();
        System.out.println("started a process and left");
    }
}
