package dev.jmp.cluster.driver;

import dev.jmp.base.FutureWait;
import dev.jmp.base.JmpLog;
import dev.jmp.cluster.wire.Command;
import dev.jmp.cluster.wire.Reply;
import dev.jmp.internal.TaskCall;
import dev.jmp.spi.LaunchOptions;
import dev.jmp.spi.RunningProcess;
import java.lang.System.Logger.Level;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * A {@code dev.jmp.Process} on the cluster: a child JVM of a member, which reports its pid and
 * exit code; terminate and kill reach it through the member. Its output stays in the member's
 * log, where all of it is by the time its exit is reported. One lost with its member is taken for
 * killed (-9), and says so under the logger {@code dev.jmp.cluster}. Not user API.
 */
public final class RemoteProcess implements RunningProcess {

    final long id;
    private final String name;
    private final MemberChannel channel;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private volatile long pid = -1;

    private RemoteProcess(long id, String name, MemberChannel channel) {
        this.id = id;
        this.name = name;
        this.channel = channel;
    }

    /** Starts {@code task} as process {@code name} on the least loaded member; returns once it runs. */
    public static RemoteProcess start(ClusterClient client, String name, boolean daemon, TaskCall task,
                                      LaunchOptions options) {
        MemberChannel channel = client.place();
        RemoteProcess p = new RemoteProcess(client.nextId(), name, channel);
        channel.processes.put(p.id, p);
        Reply reply = MemberChannel.await(channel.send(new Command.StartProcess(p.id, name, daemon, task,
                options.jvmOptions())), channel.address);
        if (reply.status() != Reply.Status.OK) {
            if (channel.processes.remove(p.id, p)) {
                throw new IllegalStateException(reply.message());
            }
            return p; // lost with its member meanwhile, and told so
        }
        p.pid = reply.value();
        return p;
    }

    @Override
    public long pid() {
        return pid;
    }

    @Override
    public String host() {
        return channel.address;
    }

    @Override
    public boolean isAlive() {
        return !exit.isDone();
    }

    @Override
    public boolean await(long millis) throws InterruptedException {
        return FutureWait.await(exit, millis);
    }

    @Override
    public OptionalInt exitCode() {
        Integer code = exit.getNow(null);
        return code == null ? OptionalInt.empty() : OptionalInt.of(code);
    }

    @Override
    public void terminate() {
        if (isAlive()) {
            channel.send(new Command.SignalProcess(id, false));
        }
    }

    @Override
    public void kill() {
        if (isAlive()) {
            channel.send(new Command.SignalProcess(id, true));
        }
    }

    @Override
    public void onExit(Runnable action) {
        exit.thenRun(action);
    }

    void exited(int exitCode) {
        exit.complete(exitCode);
    }

    void lost(String cause) {
        JmpLog.log(JmpLog.CLUSTER, Level.WARNING, cause + "; process " + name + " (pid " + pid + ") ran there and is"
                + " taken for killed (exit code -9)");
        exit.complete(-9);
    }
}
