package dev.jmp.maven.fork.programs;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints {@code waiting}, then waits until the file named by its argument exists and prints
 * {@code done}: a test sees the first line while the program is provably still running.
 */
public final class WaitForFile {

    public static void main(String[] args) throws InterruptedException {
        System.out.println("waiting");
        Path file = Path.of(args[0]);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(file)) {
            if (System.nanoTime() > deadline) {
                System.exit(2);
            }
            Thread.sleep(20);
        }
        System.out.println("done");
    }
}
