package dev.jmp.maven.fork.programs;

import java.util.List;

/**
 * Starts a copy of itself that sleeps, prints {@code child <pid>}, and sleeps: a hung program
 * with a descendant that must not survive it. Both give up after five minutes, so a failing test
 * leaves nothing behind for long.
 */
public final class HangWithChild {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            Process child = new ProcessBuilder(List.of(
                    ProcessHandle.current().info().command().orElseThrow(),
                    "-cp", System.getProperty("java.class.path"),
                    HangWithChild.class.getName(), "child"))
                    .inheritIO()
                    .start();
            System.out.println("child " + child.pid());
        }
        Thread.sleep(300_000);
    }
}
