package dev.jmp.manager.server;

import dev.jmp.internal.TaskEntry;
import dev.jmp.launch.CurrentProcess;

/**
 * The task a manager's server JVM runs: started by {@code BaseManager.start()} like any child
 * process, so it has the owner's class path and JVM options and dies with its owner. It serves
 * until told to shut down, then returns, and the JVM exits.
 */
public final class ServerEntry implements TaskEntry {

    @Override
    public byte[] invoke(byte[] arguments) throws Exception {
        CurrentProcess.reportNoDaemon();
        ManagerServer.start(ServerConfig.decode(arguments)).serveUntilShutdown();
        return new byte[0];
    }
}
