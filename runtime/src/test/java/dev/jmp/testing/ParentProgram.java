package dev.jmp.testing;

import dev.jmp.Process;

/**
 * A jmp program run in its own JVM by lifetime tests, which need a parent that exits or dies.
 * Modes: {@code daemon} (a ticking daemon child, parent returns from main), {@code nondaemon}
 * (a slow non-daemon child, parent returns first), {@code orphan} (a hanging child; the parent
 * prints the child's pid and hangs until killed), {@code props} (prints a child's view of an
 * inherited system property), {@code vmargs} (prints a child's JVM options).
 */
public final class ParentProgram {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "daemon" -> {
                Process p = new Process(ScriptEntry.task("print:tick", "sleep:300", "print:tick", "hang"));
                p.daemon(true);
                p.start();
                System.out.println("child " + p.pid());
                while (!p.isAlive()) {
                    Thread.onSpinWait();
                }
                Thread.sleep(1500);
                System.out.println("parent exits");
            }
            case "nondaemon" -> {
                Process p = new Process(ScriptEntry.task("sleep:1500", "print:child done"));
                p.start();
                System.out.println("parent done");
            }
            case "orphan" -> {
                Process p = new Process(ScriptEntry.task("print:ready", "hang"));
                p.start();
                System.out.println("child " + p.pid());
                Thread.sleep(Long.MAX_VALUE);
            }
            case "props" -> {
                Process p = new Process(ScriptEntry.task("prop:inherited", "prop:user.language"));
                p.start();
                p.join();
            }
            case "vmargs" -> {
                Process p = new Process(ScriptEntry.task("print:child runs", "vmargs"));
                p.start();
                p.join();
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }
}
