package dev.jmp.cluster.driver;

import com.hazelcast.cluster.Member;
import dev.jmp.cluster.setup.HazelcastConfigs;
import dev.jmp.cluster.wire.Command;
import dev.jmp.cluster.wire.Reply;
import dev.jmp.cluster.wire.SignedCall;
import dev.jmp.cluster.wire.Signer;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * This driver's session with one member: the commands it sends there, numbered so that the member
 * carries them out in the order sent, each signed; the workers and processes it placed there; and
 * the {@link EventPump} that brings their events back. A command the network loses is sent again
 * under the same number (the member carries it out once). When the member leaves, or closes the
 * session, everything placed there is told it was lost, after every event that came before.
 */
final class MemberChannel {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long RESEND_MILLIS = 50;
    private static final Executor LATER = CompletableFuture.delayedExecutor(RESEND_MILLIS, TimeUnit.MILLISECONDS);

    final ClusterClient client;
    final Member member;
    final String address;
    final int capacity;
    final long session = RANDOM.nextLong() | 1; // never 0
    final Map<Long, RemoteWorker> workers = new ConcurrentHashMap<>();
    final Map<Long, RemoteProcess> processes = new ConcurrentHashMap<>();
    private final AtomicInteger placed = new AtomicInteger();
    private final Object order = new Object();
    private final EventPump pump;
    private long seq;
    private volatile String lostCause;
    private volatile String refusal;

    MemberChannel(ClusterClient client, Member member) {
        this.client = client;
        this.member = member;
        this.address = address(member);
        this.capacity = capacity(member);
        this.pump = new EventPump(this);
        send(new Command.Open(client.driverId + " (pid " + ProcessHandle.current().pid() + ")"))
                .thenAccept(reply -> {
                    if (reply.status() == Reply.Status.OK) {
                        pump.start();
                    } else {
                        refusal = reply.message(); // it would refuse a new session as well
                        lost(reply.message(), false);
                    }
                });
    }

    static String address(Member member) {
        return member.getAddress().getHost() + ":" + member.getAddress().getPort();
    }

    private static int capacity(Member member) {
        try {
            return Math.max(1, Integer.parseInt(member.getAttribute(HazelcastConfigs.WORKERS_ATTRIBUTE)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Sends {@code command} after every command sent before it; completes with the member's answer. */
    CompletableFuture<Reply> send(Command command) {
        CompletableFuture<Reply> answer = new CompletableFuture<>();
        byte[] body = command.encode();
        synchronized (order) {
            String cause = lostCause;
            if (cause != null) {
                answer.complete(Reply.of(Reply.Status.FAILED, cause));
                return answer;
            }
            submit(++seq, body, answer, System.nanoTime());
        }
        return answer;
    }

    private void submit(long number, byte[] body, CompletableFuture<Reply> answer, long since) {
        SignedCall call = new SignedCall(Signer.COMMAND, client.signer.seal(Signer.COMMAND, client.driverId, session,
                number, body));
        client.commands.submit(call, member).whenComplete((response, failure) -> {
            if (failure == null) {
                Reply reply = Reply.decode(response);
                if (reply.status() == Reply.Status.CLOSED) {
                    lost(reply.message(), true);
                }
                answer.complete(reply);
                return;
            }
            String cause = lostCause;
            if (cause != null) {
                answer.complete(Reply.of(Reply.Status.FAILED, cause));
            } else if (System.nanoTime() - since > TimeUnit.SECONDS.toNanos(EventPump.UNREACHABLE_SECONDS)) {
                String why = "[jmp.cluster.unreachable] member " + address + " has not taken a command for "
                        + EventPump.UNREACHABLE_SECONDS + " s: " + failure;
                lost(why, true);
                answer.complete(Reply.of(Reply.Status.FAILED, why));
            } else {
                LATER.execute(() -> submit(number, body, answer, since)); // the same number: carried out once
            }
        });
    }

    /** Waits for {@code reply}, up to the command timeout; a reply that is no answer is a failure. */
    static Reply await(CompletionStage<Reply> reply, String address) {
        try {
            return reply.toCompletableFuture().get(EventPump.UNREACHABLE_SECONDS * 2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.of(Reply.Status.FAILED, "[jmp.cluster.interrupted] interrupted while member " + address
                    + " answered");
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return Reply.of(Reply.Status.FAILED, "[jmp.cluster.no-answer] member " + address + " did not answer: " + e);
        }
    }

    void register(RemoteWorker w) {
        placed.incrementAndGet();
        workers.put(w.id, w);
    }

    /** Forgets {@code w}; false when it was already told it was lost. */
    boolean unregister(RemoteWorker w) {
        if (workers.remove(w.id, w)) {
            placed.decrementAndGet();
            return true;
        }
        return false;
    }

    void exited(RemoteWorker w) {
        if (workers.remove(w.id, w)) {
            placed.decrementAndGet();
        }
    }

    /** The workers and processes placed here that have not ended. */
    int placed() {
        return placed.get() + processes.size();
    }

    boolean usable() {
        return lostCause == null;
    }

    /** Why the member refused this session; null unless it did. */
    String refusal() {
        return refusal;
    }

    /**
     * The session is over, for {@code cause}: nothing more is sent, and once the events that came
     * before are told, every worker and process placed here is told it was lost, on the pump's
     * thread or one of its own, never the caller's. With
     * {@code renew}, a new session with the member takes this one's place, if the member is still
     * there.
     */
    void lost(String cause, boolean renew) {
        synchronized (order) {
            if (lostCause != null) {
                return;
            }
            lostCause = cause;
        }
        if (renew) {
            client.sessionLost(this);
        }
        if (!pump.stop()) {
            // No events will come. This may run on the client thread that read the member's answer,
            // and what a loss sets off in a pool (a replacement worker's start) waits for answers.
            Thread teller = new Thread(this::reportLost, "jmp-cluster-lost-" + address);
            teller.setDaemon(true);
            teller.start();
        }
    }

    /**
     * Ends the session as the driver closes: what was placed here is told it was lost, for
     * {@code cause}, and the member is asked, once, to close the session at once and kill what it
     * ran for it. Completes with the member's answer, or a failure when it could not be reached;
     * a member that never hears it closes the session when its lease runs out. A session that was
     * over already has nothing to close.
     */
    CompletableFuture<Reply> close(String cause) {
        CompletableFuture<Reply> answer = new CompletableFuture<>();
        long number;
        synchronized (order) {
            if (lostCause != null) {
                answer.complete(Reply.of(Reply.Status.FAILED, lostCause));
                return answer;
            }
            number = ++seq;
        }
        lost(cause, false);
        // sent after lost(): a failure is not sent again, the driver being on its way out
        submit(number, new Command.Close().encode(), answer, System.nanoTime());
        return answer;
    }

    /** Tells everything placed here that it was lost. */
    void reportLost() {
        String cause = lostCause;
        for (RemoteWorker w : workers.values()) {
            if (workers.remove(w.id, w)) {
                placed.decrementAndGet();
                w.lost(cause);
            }
        }
        for (RemoteProcess p : processes.values()) {
            if (processes.remove(p.id, p)) {
                p.lost(cause);
            }
        }
    }

    String lostCause() {
        return lostCause;
    }
}
