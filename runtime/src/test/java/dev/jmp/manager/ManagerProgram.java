package dev.jmp.manager;

/**
 * A program that starts a manager and prints its server's pid, then either returns from main
 * without closing it ({@code exit}) or hangs until killed ({@code hang}).
 */
public final class ManagerProgram {

    public static void main(String[] args) throws Exception {
        SyncManager manager = Manager.start();
        manager.dict().put("alive", true);
        long pid = ProcessHandle.current().children()
                .filter(h -> h.info().commandLine().orElse("").contains("-Djmp.child=" + manager.name() + " "))
                .findFirst().orElseThrow().pid();
        System.out.println("server " + pid);
        if (args[0].equals("hang")) {
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
