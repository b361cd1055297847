package dev.jmp.diagnostics;

import dev.jmp.internal.WaitTableFile.Waiter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Threads waiting for locks, and who owns those locks: a graph in which each waiting thread
 * points at the thread that owns the lock it waits for. A thread waits for one lock at a time,
 * so every node has at most one edge out and finding the cycles is a walk along them. A wait
 * with a deadline has no edge: it ends by itself, so a cycle through it is no deadlock.
 */
final class WaitForGraph {

    private final Map<Long, Waiter> byToken = new LinkedHashMap<>();
    private final ToLongFunction<Waiter> ownerOfAwaitedLock;

    /**
     * @param waiters every recorded waiter of the program
     * @param ownerOfAwaitedLock the token in the owner word of the lock a waiter waits for; 0 when free
     */
    WaitForGraph(List<Waiter> waiters, ToLongFunction<Waiter> ownerOfAwaitedLock) {
        waiters.stream().sorted(Comparator.comparingLong(Waiter::pid).thenComparingLong(Waiter::threadId))
                .forEach(w -> byToken.putIfAbsent(w.token(), w));
        this.ownerOfAwaitedLock = ownerOfAwaitedLock;
    }

    /** Every cycle, each listed once, starting at its waiter of lowest pid. */
    List<Deadlock> deadlocks() {
        Map<Long, Long> next = new HashMap<>();
        byToken.forEach((token, waiter) -> {
            long owner = ownerOfAwaitedLock.applyAsLong(waiter);
            // An owner that is the waiter itself is a stale entry of a thread that just got the lock.
            if (!waiter.timed() && owner != 0 && owner != token && byToken.containsKey(owner)) {
                next.put(token, owner);
            }
        });
        List<Deadlock> deadlocks = new ArrayList<>();
        Set<Long> done = new HashSet<>();
        for (Long start : byToken.keySet()) {
            List<Long> path = new ArrayList<>();
            Long at = start;
            while (at != null && !done.contains(at) && !path.contains(at)) {
                path.add(at);
                at = next.get(at);
            }
            if (at != null && path.contains(at)) {
                deadlocks.add(describe(path.subList(path.indexOf(at), path.size())));
            }
            done.addAll(path);
        }
        return deadlocks;
    }

    /**
     * Names the locks A, B, ... so that party 0 holds Lock A and waits for Lock B, party 1 holds
     * Lock B and waits for Lock C, and the last party waits for Lock A.
     */
    private Deadlock describe(List<Long> cycle) {
        int n = cycle.size();
        List<Waiter> waiters = cycle.stream().map(byToken::get).toList();
        // awaited.get(k): the lock called label(k), which party k - 1 waits for and party k holds.
        List<String> awaited = new ArrayList<>();
        StringBuilder where = new StringBuilder("where ");
        for (int k = 0; k < n; k++) {
            Waiter w = waiters.get((k + n - 1) % n);
            awaited.add(w.lockKind() + " " + label(k));
            where.append(k == 0 ? "" : k == n - 1 ? " and " : ", ").append(awaited.get(k)).append(" is ")
                    .append(w.lockSegment()).append('@').append(w.lockOffset());
        }
        List<Deadlock.Party> parties = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Waiter w = waiters.get(i);
            parties.add(new Deadlock.Party(w.processName(), w.pid(), w.threadName(), awaited.get(i),
                    awaited.get((i + 1) % n), w.stack()));
        }
        return new Deadlock(parties, where.toString());
    }

    private static String label(int i) {
        return i < 26 ? String.valueOf((char) ('A' + i)) : "L" + (i + 1);
    }
}
