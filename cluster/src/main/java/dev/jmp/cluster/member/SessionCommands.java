package dev.jmp.cluster.member;

import dev.jmp.backend.Backends;
import dev.jmp.cluster.wire.Command;
import dev.jmp.cluster.wire.Event;
import dev.jmp.cluster.wire.Reply;
import dev.jmp.spi.LaunchOptions;
import dev.jmp.spi.RunningProcess;
import dev.jmp.spi.WorkerBackend;
import dev.jmp.spi.WorkerHandle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a session's commands do on this member. A driver's pool becomes a backend of this member's
 * own, local worker JVMs (jmp-runtime's, so a worker's death, a kill and a retire mean here what
 * they mean on one machine), or of threads of the member for the in-member mode; its workers'
 * events go to the session's outbox. A process becomes a child JVM of the member.
 */
final class SessionCommands {

    /** How long an idle warm spare would live; members keep none. */
    private static final Duration NO_SPARES = Duration.ofSeconds(60);
    /** How long a process's exit waits for its output: a grandchild may hold its pipe open. */
    private static final Duration OUTPUT_WAIT = Duration.ofSeconds(5);

    private final DriverSession session;
    private final MemberRuntime member;
    private final Map<Long, WorkerBackend> pools = new ConcurrentHashMap<>();
    private final Map<Long, Hosted> workers = new ConcurrentHashMap<>();
    private final Map<Long, RunningProcess> processes = new ConcurrentHashMap<>();

    /** A worker of this session and the backend of its pool. */
    private record Hosted(WorkerHandle handle, WorkerBackend backend) {}

    SessionCommands(DriverSession session, MemberRuntime member) {
        this.session = session;
        this.member = member;
    }

    Reply apply(Command command) {
        try {
            if (command instanceof Command.Open open) {
                member.log("driver " + open.from() + " opened session " + session.id);
            } else if (command instanceof Command.StartWorker s) {
                startWorker(s);
            } else if (command instanceof Command.RunBatch r) {
                Hosted w = workers.get(r.worker());
                if (w != null) { // a worker that is gone has told its driver so
                    w.handle().send(r.batchId(), r.calls());
                }
            } else if (command instanceof Command.WorkerVerb v) {
                verb(v);
            } else if (command instanceof Command.StartProcess p) {
                return Reply.ok(startProcess(p));
            } else if (command instanceof Command.SignalProcess p) {
                RunningProcess process = processes.get(p.process());
                if (process != null) {
                    if (p.force()) {
                        process.kill();
                    } else {
                        process.terminate();
                    }
                }
            }
            return Reply.ok(0);
        } catch (RuntimeException e) {
            return Reply.of(Reply.Status.FAILED, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private void startWorker(Command.StartWorker s) {
        List<String> options = jvmOptions(s.jvmOptions());
        WorkerBackend backend = pools.computeIfAbsent(s.pool(), p -> s.inMember()
                ? new InMemberWorkers(s.initializer())
                : Backends.local().workers(new LaunchOptions(options, 0, NO_SPARES), s.initializer(),
                        s.daemon()));
        RelayEvents relay = new RelayEvents(session.outbox, s.worker(), () -> workers.remove(s.worker()));
        WorkerHandle handle = backend.worker(s.name(), relay);
        relay.handle = handle;
        workers.put(s.worker(), new Hosted(handle, backend));
        try {
            handle.start();
        } catch (RuntimeException e) {
            workers.remove(s.worker());
            throw e;
        }
    }

    private void verb(Command.WorkerVerb v) {
        Hosted w = workers.get(v.worker());
        if (w == null) {
            return;
        }
        switch (v.verb()) {
            case RETIRE -> w.handle().retire();
            case KILL -> w.handle().kill();
            case STOP -> {
                // terminate, then kill after a grace: seconds that no command of the session waits for
                Thread stopper = new Thread(() -> {
                    try {
                        w.backend().stop(List.of(w.handle()));
                    } catch (InterruptedException e) {
                        w.handle().kill();
                    }
                }, "jmp-member-stop-" + w.handle().name());
                stopper.setDaemon(true);
                stopper.start();
            }
        }
    }

    private long startProcess(Command.StartProcess p) {
        RunningProcess process = Backends.local().start(p.name(), p.daemon(), p.task(),
                new LaunchOptions(jvmOptions(p.jvmOptions()), 0, NO_SPARES));
        processes.put(p.process(), process);
        process.onExit(() -> {
            awaitOutput(process);
            processes.remove(p.process());
            session.outbox.add(new Event.ProcessExited(p.process(), process.exitCode().orElse(Integer.MIN_VALUE)));
        });
        return process.pid();
    }

    /**
     * Waits until what the exited {@code process} printed is in this member's log, so that its
     * driver's {@code join()} returns after its last line, as it does on one machine.
     */
    private static void awaitOutput(RunningProcess process) {
        try {
            process.await(OUTPUT_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The driver's options, checked, and the member's address, which tasks may read. */
    private List<String> jvmOptions(List<String> driverOptions) {
        List<String> options = new ArrayList<>(MemberJvmOptions.check(driverOptions));
        options.add("-D" + MemberRuntime.MEMBER_PROPERTY + "=" + member.address());
        return options;
    }

    /** Kills every worker and process of the session, now. */
    void killAll() {
        for (Hosted w : workers.values()) {
            w.handle().kill();
        }
        for (RunningProcess p : processes.values()) {
            p.kill();
        }
    }
}
