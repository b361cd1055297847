package dev.jmp.cluster.driver;

import dev.jmp.cluster.wire.Event;
import dev.jmp.cluster.wire.Events;
import dev.jmp.cluster.wire.SignedCall;
import dev.jmp.cluster.wire.Signer;
import dev.jmp.internal.WireOutput;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The thread that brings one session's events from its member and tells them, in order, to the
 * workers and processes they concern: a poll is always waiting at the member (sent again as soon
 * as one returns, before its events are told), each acknowledging the events before it. When the
 * session ends it tells everything still placed there that it was lost, after every event that
 * came before. A member that cannot be polled for {@value #UNREACHABLE_SECONDS} seconds is taken
 * for lost; the member, which has not been polled for as long, closes the session too.
 */
final class EventPump {

    /** How long a member may be unreachable before what it holds is taken for lost. */
    static final long UNREACHABLE_SECONDS = 10;
    private static final long SLICE_MILLIS = 200;

    private enum State { NEW, RUNNING, DONE }

    private final MemberChannel channel;
    private State state = State.NEW;

    EventPump(MemberChannel channel) {
        this.channel = channel;
    }

    synchronized void start() {
        if (state == State.NEW) {
            state = State.RUNNING;
            Thread t = new Thread(this::run, "jmp-cluster-events-" + channel.address);
            t.setDaemon(true);
            t.start();
        }
    }

    /** Stops polling; false when it never started, so that no one else tells the losses. */
    synchronized boolean stop() {
        boolean running = state == State.RUNNING;
        state = State.DONE;
        return running;
    }

    private synchronized boolean stopped() {
        return state == State.DONE;
    }

    private void run() {
        long acked = 0;
        long failingSince = 0;
        CompletableFuture<Events> next = poll(acked);
        while (!stopped()) {
            Events events;
            try {
                events = next.get(SLICE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                continue;
            } catch (ExecutionException e) {
                long now = System.nanoTime();
                failingSince = failingSince == 0 ? now : failingSince;
                if (now - failingSince > TimeUnit.SECONDS.toNanos(UNREACHABLE_SECONDS)) {
                    channel.lost("[jmp.cluster.unreachable] member " + channel.address + " could not be polled for "
                            + UNREACHABLE_SECONDS + " s: " + e.getCause(), true);
                    break;
                }
                sleep();
                next = poll(acked);
                continue;
            } catch (InterruptedException e) {
                break;
            }
            failingSince = 0;
            if (events.status() != Events.Status.OK) {
                channel.lost(events.message(), events.status() == Events.Status.CLOSED);
                break;
            }
            long last = events.events().isEmpty() ? acked : events.events().get(events.events().size() - 1).seq();
            next = poll(last);
            for (Events.Numbered n : events.events()) {
                if (n.seq() > acked) {
                    tell(n.event());
                }
            }
            acked = last;
        }
        synchronized (this) {
            state = State.DONE;
        }
        channel.reportLost();
    }

    private CompletableFuture<Events> poll(long acked) {
        WireOutput body = new WireOutput(8);
        body.writeLong(acked);
        ClusterClient client = channel.client;
        SignedCall call = new SignedCall(Signer.POLL, client.signer.seal(Signer.POLL, client.driverId, channel.session, 0,
                body.toByteArray()));
        return client.polls.submit(call, channel.member).thenApply(Events::decode);
    }

    private void tell(Event event) {
        if (event instanceof Event.Ready r) {
            RemoteWorker w = channel.workers.get(r.worker());
            if (w != null) {
                w.ready(r.pid(), r.initializer());
            }
        } else if (event instanceof Event.Outcomes o) {
            RemoteWorker w = channel.workers.get(o.worker());
            if (w != null) {
                w.outcomes(o.batchId(), o.first(), o.outcomes(), o.busyNanos());
            }
        } else if (event instanceof Event.Exited x) {
            RemoteWorker w = channel.workers.get(x.worker());
            if (w != null) {
                channel.exited(w);
                w.exited(x.exit());
            }
        } else if (event instanceof Event.ProcessExited p) {
            RemoteProcess process = channel.processes.remove(p.process());
            if (process != null) {
                process.exited(p.exitCode());
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(SLICE_MILLIS / 4);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
