package it.timeout;

import java.util.List;

/**
 * Hangs, and so does a child JVM it starts: jmp.timeout must destroy both. Both give up on their
 * own after five minutes, so a broken build leaves nothing behind for long.
 */
public class Hang {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            Process child = new ProcessBuilder(List.of(
                    ProcessHandle.current().info().command().orElseThrow(),
                    "-cp", System.getProperty("java.class.path"),
                    Hang.class.getName(), "child"))
                    .inheritIO()
                    .start();
            System.out.println("hang: pid " + ProcessHandle.current().pid());
            System.out.println("hang: child pid " + child.pid());
        }
        Thread.sleep(300_000);
    }
}
