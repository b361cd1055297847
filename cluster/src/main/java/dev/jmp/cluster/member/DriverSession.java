package dev.jmp.cluster.member;

import dev.jmp.cluster.wire.Command;
import dev.jmp.cluster.wire.Events;
import dev.jmp.cluster.wire.Reply;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One driver's session with this member: its commands, carried out in the order the driver sent
 * them whatever order the executor's threads bring them in (a batch sent after another runs after
 * it), its workers and processes, and the events it has yet to collect. Closing it, when the
 * driver says goodbye or stops polling, kills whatever it started. A goodbye
 * ({@link Command.Close}) takes effect as it arrives, not in its turn: the commands before it that
 * are still on their way have nothing left to do.
 */
final class DriverSession {

    /** How long a command may wait for the ones before it. */
    private static final long ORDER_WAIT_SECONDS = 30;
    /** Answers kept for commands sent twice (an answer lost on the way). */
    private static final int ANSWERS_KEPT = 256;

    final long id;
    final String driver;
    final Outbox outbox = new Outbox();
    final SessionCommands commands;
    private final MemberRuntime member;
    private final TreeMap<Long, Waiting> waiting = new TreeMap<>();
    private final Map<Long, Reply> answered = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Reply> eldest) {
            return size() > ANSWERS_KEPT;
        }
    };
    private long nextSeq = 1;
    private boolean closed;
    private volatile long lastSeenNanos = System.nanoTime();

    /** A command that came before its turn: what it does, and its answer once done. */
    private record Waiting(Supplier<Reply> work, CompletableFuture<Reply> answer) {}

    DriverSession(long id, String driver, MemberRuntime member) {
        this.id = id;
        this.driver = driver;
        this.member = member;
        this.commands = new SessionCommands(this, member);
    }

    /** Carries out command {@code seq} once every command before it has been, a goodbye at once; returns its answer. */
    Reply submit(long seq, byte[] body) throws InterruptedException {
        seen();
        Supplier<Reply> work = read(body);
        if (work == null) {
            member.close(this, "driver " + driver + " said goodbye");
            return Reply.ok(0);
        }
        CompletableFuture<Reply> answer;
        synchronized (this) {
            if (closed) {
                return closedReply();
            }
            if (seq < nextSeq) {
                return answered.getOrDefault(seq, Reply.ok(0)); // sent again: carried out once
            }
            answer = waiting.computeIfAbsent(seq, s -> new Waiting(work, new CompletableFuture<>())).answer();
            Waiting next;
            while ((next = waiting.remove(nextSeq)) != null) {
                Reply reply = next.work().get();
                answered.put(nextSeq, reply);
                next.answer().complete(reply);
                nextSeq++;
            }
        }
        try {
            return answer.get(ORDER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return Reply.of(Reply.Status.FAILED, "[jmp.cluster.out-of-order] command " + seq + " of driver " + driver
                    + " waited " + ORDER_WAIT_SECONDS + " s for command " + nextSeq + ", which never came");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * What the command in {@code body} does when its turn comes; null for a goodbye. One that
     * cannot be read fails in its turn, so that the commands after it still run.
     */
    private Supplier<Reply> read(byte[] body) {
        Command command;
        try {
            command = Command.decode(body);
        } catch (RuntimeException e) {
            Reply unreadable = Reply.of(Reply.Status.FAILED, "[jmp.cluster.bad-command] a command of driver " + driver
                    + " cannot be read: " + e.getMessage() + "; do the driver and the member run the same jmp?");
            return () -> unreadable;
        }
        return command instanceof Command.Close ? null : () -> commands.apply(command);
    }

    /** The events after {@code acked}, waiting up to {@code waitMillis} for one. */
    Events poll(long acked, long waitMillis) throws InterruptedException {
        seen();
        synchronized (this) {
            if (closed) {
                return Events.none(Events.Status.CLOSED, closedReply().message());
            }
        }
        List<Events.Numbered> events = outbox.take(acked, waitMillis);
        seen();
        return Events.of(events);
    }

    /** Ends the session: its events are dropped and everything it started is killed. */
    void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            for (Waiting w : waiting.values()) {
                w.answer().complete(closedReply());
            }
            waiting.clear();
        }
        outbox.close();
        commands.killAll();
    }

    long idleNanos() {
        return System.nanoTime() - lastSeenNanos;
    }

    private void seen() {
        lastSeenNanos = System.nanoTime();
    }

    private Reply closedReply() {
        return Reply.of(Reply.Status.CLOSED, "[jmp.cluster.session-closed] this member closed session " + id
                + " of driver " + driver + " and killed what it ran");
    }
}
