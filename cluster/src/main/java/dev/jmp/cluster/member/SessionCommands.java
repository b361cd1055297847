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
 * they mean on one machine), or, for the in-member mode, of threads of the member (jmp-runtime's
 * thread backend, as the start method {@code THREAD} runs them); its workers' events go to the
 * session's outbox. A worker JVM its pool releases waits, parked, for the session's next pool as
 * long as the driver's context keeps workers for reuse, so that a driver's pools after its first
 * find their workers warm, as local pools do; a cold one spends its first seconds compiling
 * and warming up, on the CPU its member's round trips need. A process becomes a child JVM of the
 * member.
 */
final class SessionCommands {

    /** How long an idle warm spare would live; members keep none. */
    private static final Duration NO_SPARES = Duration.ofSeconds(60);
    /** The system property, set in a session's worker JVMs, naming the session they may be reused in. */
    static final String SESSION_PROPERTY = "jmp.cluster.session";
    /** How long a process's exit waits for its output: a grandchild may hold its pipe open. */
    private static final Duration OUTPUT_WAIT = Duration.ofSeconds(5);

    private final DriverSession session;
    private final MemberRuntime member;
    private final Map<Long, WorkerBackend> pools = new ConcurrentHashMap<>();
    private final Map<Long, Hosted> workers = new ConcurrentHashMap<>();
    private final Map<Long, RunningProcess> processes = new ConcurrentHashMap<>();
    /** Whether a worker of the session was released: it may be parked on this member. */
    private volatile boolean released;

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
        // Workers wait for this session's next pool only: what a driver's tasks left in a JVM's
        // static state is no other driver's to see.
        options.add("-D" + SESSION_PROPERTY + "=" + session.id);
        LaunchOptions launch = new LaunchOptions(options, 0, NO_SPARES, Duration.ofMillis(Math.max(0, s.reuseMillis())));
        WorkerBackend backend = pools.computeIfAbsent(s.pool(), p -> (s.inMember() ? Backends.thread() : Backends.local())
                .workers(launch, s.initializer(), s.daemon()));
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
            case RELEASE -> {
                released = true;
                w.handle().release();
            }
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

    /**
     * Kills every worker and process of the session, now, and retires the workers parked on this
     * member for its next pool, which will not come (with those of other sessions: the runtime
     * parks them together; theirs start cold once more).
     */
    void killAll() {
        for (Hosted w : workers.values()) {
            w.handle().kill();
        }
        for (RunningProcess p : processes.values()) {
            p.kill();
        }
        if (released) {
            try {
                Backends.releaseWorkers(Duration.ZERO);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
