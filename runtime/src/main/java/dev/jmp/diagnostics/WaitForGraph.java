package dev.jmp.diagnostics;

import dev.jmp.sync.primitive.BarrierLayout;
import dev.jmp.sync.primitive.SemaphoreLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Threads blocked in jmp waits, and what each one waits for: a graph in which a waiting thread
 * points at the threads that alone can end its wait.
 *
 * <ul>
 *   <li>A {@code Lock} or {@code RLock} waiter points at the lock's owner.
 *   <li>A {@code Semaphore} waiter points at every thread holding a permit. It can go on as soon
 *       as any of them releases one, so it is stuck only if all of them are (an AND-OR graph,
 *       not a simple edge). The permit table is trusted only when no permit is free and its
 *       counts add up to the initial value: otherwise someone untracked holds or gave back a
 *       permit, and the wait is taken to end.
 *   <li>A {@code Barrier} waiter points at the threads that are to arrive. Which threads are
 *       the barrier's parties is not recorded anywhere, so the threads blocked, through locks and
 *       semaphores, on the parties already waiting are taken for the missing ones; the waiters
 *       are stuck when there are at least as many such threads as parties are missing, every
 *       party that arrived is a recorded waiter and none of them has a deadline.
 * </ul>
 *
 * A wait with a deadline is never stuck: it ends by itself. Threads waiting for an
 * {@code Event} or a {@code Condition}'s signal are not recorded, since anyone may set or signal;
 * a thread that is not recorded is taken to be running.
 *
 * <p>The stuck threads are the largest set in which every thread's wait can only be ended by
 * threads of the set; a deadlock is a strongly connected part of it (a cycle, for locks), so a
 * thread that merely waits for a deadlocked one is stuck but not reported.
 */
final class WaitForGraph {

    /** Reads the word at a byte offset of a segment file; 0 when it cannot. */
    interface Words {
        long at(String segment, int offset);
    }

    // Offsets of a semaphore's and a barrier's words in bytes from the word a waiter records
    // (the semaphore's count, the barrier's generation), from their layout descriptors.
    private static final int SEMAPHORE_INITIAL = bytes(SemaphoreLayout.INITIAL - SemaphoreLayout.VALUE);
    private static final int SEMAPHORE_HOLDERS = bytes(SemaphoreLayout.HOLDERS - SemaphoreLayout.VALUE);
    private static final int HOLDER_SLOT_BYTES = bytes(SemaphoreLayout.SLOT_WORDS);
    private static final int HOLDER_TOKEN = bytes(SemaphoreLayout.SLOT_TOKEN);
    private static final int HOLDER_COUNT = bytes(SemaphoreLayout.SLOT_COUNT);
    private static final int BARRIER_ARRIVED = bytes(BarrierLayout.ARRIVED - BarrierLayout.GENERATION);
    private static final int BARRIER_PARTIES = bytes(BarrierLayout.PARTIES - BarrierLayout.GENERATION);

    private final Map<Long, Waiter> byToken = new LinkedHashMap<>();
    private final Words words;
    private final Map<String, Awaited> objects = new HashMap<>();

    /** What waiters wait for, read once per graph so that every waiter sees the same state. */
    private final class Awaited {
        final String kind;
        final String segment;
        final int offset;
        /** Lock: the owner. Semaphore: the holders, empty when untrusted. */
        final Set<Long> holders = new LinkedHashSet<>();
        /** Barrier: the recorded waiters, and how many parties are missing (0: not stuck). */
        final Set<Long> barrierWaiters = new LinkedHashSet<>();
        int missing;
        String detail = "";

        Awaited(Waiter first) {
            kind = first.lockKind();
            segment = first.lockSegment();
            offset = first.lockOffset();
            if (isSemaphore()) {
                readPermitHolders();
            } else if (isBarrier()) {
                readBarrier();
            } else {
                long owner = words.at(segment, offset);
                if (owner != 0) {
                    holders.add(owner);
                }
            }
        }

        boolean isSemaphore() {
            return kind.endsWith("Semaphore");
        }

        boolean isBarrier() {
            return kind.equals("Barrier");
        }

        private void readPermitHolders() {
            long value = words.at(segment, offset);
            long initial = words.at(segment, offset + SEMAPHORE_INITIAL);
            long sum = 0;
            Set<Long> found = new LinkedHashSet<>();
            for (int i = 0; i < SemaphoreLayout.HOLDER_SLOTS; i++) {
                int at = offset + SEMAPHORE_HOLDERS + i * HOLDER_SLOT_BYTES;
                long token = words.at(segment, at + HOLDER_TOKEN);
                long count = token == 0 ? 0 : words.at(segment, at + HOLDER_COUNT);
                if (token < 0 || count < 0) {
                    return; // being taken back from a dead process
                }
                if (count > 0) {
                    found.add(token);
                    sum += count;
                }
            }
            if (value == 0 && initial > 0 && sum == initial) {
                holders.addAll(found);
                detail = " (" + initial + (initial == 1 ? " permit" : " permits") + ", none free)";
            }
        }

        private void readBarrier() {
            long generation = words.at(segment, offset);
            long arrived = words.at(segment, offset + BARRIER_ARRIVED);
            long parties = words.at(segment, offset + BARRIER_PARTIES);
            List<Waiter> recorded = byToken.values().stream()
                    .filter(w -> w.lockOffset() == offset && w.lockSegment().equals(segment)).toList();
            if ((generation & BarrierLayout.BROKEN) == 0 && arrived > 0 && arrived < parties
                    && recorded.size() == arrived && recorded.stream().noneMatch(Waiter::timed)) {
                recorded.forEach(w -> barrierWaiters.add(w.token()));
                missing = (int) (parties - arrived);
                detail = " (" + parties + " parties, " + arrived + " waiting)";
            }
        }
    }

    /**
     * @param waiters every recorded waiter of the program
     * @param words reads the words of the objects waited for: owner words, semaphore counts and
     *     permit holders, barrier state
     */
    WaitForGraph(List<Waiter> waiters, Words words) {
        this.words = words;
        waiters.stream().sorted(Comparator.comparingLong(Waiter::pid).thenComparingLong(Waiter::threadId))
                .forEach(w -> byToken.putIfAbsent(w.token(), w));
        byToken.values().forEach(w -> objects.computeIfAbsent(key(w), k -> new Awaited(w)));
    }

    private static int bytes(int words) {
        return words * Long.BYTES;
    }

    private static String key(Waiter w) {
        return w.lockSegment() + "@" + w.lockOffset();
    }

    private Awaited awaited(Waiter w) {
        return objects.get(key(w));
    }

    /** Every deadlock, each listed once, starting at its waiter of lowest pid. */
    List<Deadlock> deadlocks() {
        Set<Long> stuck = stuck();
        Map<Long, Set<Long>> edges = new LinkedHashMap<>();
        stuck.forEach(t -> edges.put(t, successors(byToken.get(t), stuck)));
        List<Deadlock> deadlocks = new ArrayList<>();
        for (List<Long> component : new Components(edges).strong()) {
            Long only = component.get(0);
            if (component.size() > 1 || edges.get(only).contains(only)) {
                deadlocks.add(describe(component, edges));
            }
        }
        return deadlocks;
    }

    /** The largest set of untimed waiters each of which only waiters of the set can release. */
    private Set<Long> stuck() {
        Set<Long> stuck = new LinkedHashSet<>();
        byToken.forEach((token, w) -> {
            if (!w.timed()) {
                stuck.add(token);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = stuck.removeIf(t -> successors(byToken.get(t), stuck).isEmpty());
        }
        return stuck;
    }

    /** The threads of {@code stuck} that alone can end {@code w}'s wait; empty if another can. */
    private Set<Long> successors(Waiter w, Set<Long> stuck) {
        Awaited on = awaited(w);
        if (on.isBarrier()) {
            Set<Long> missing = blockedOn(on.barrierWaiters, stuck);
            return on.missing > 0 && missing.size() >= on.missing ? missing : Set.of();
        }
        if (on.holders.isEmpty() || !stuck.containsAll(on.holders)) {
            return Set.of();
        }
        // A lock's owner that is the waiter itself is a stale entry of a thread that just got it.
        if (!on.isSemaphore() && on.holders.contains(w.token())) {
            return Set.of();
        }
        return on.holders;
    }

    /** The threads of {@code stuck}, outside {@code targets}, whose lock or semaphore waits lead to them. */
    private Set<Long> blockedOn(Set<Long> targets, Set<Long> stuck) {
        Set<Long> reached = new LinkedHashSet<>(targets);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Long t : stuck) {
                Waiter w = byToken.get(t);
                if (!reached.contains(t) && !awaited(w).isBarrier()
                        && successors(w, stuck).stream().anyMatch(reached::contains)) {
                    reached.add(t);
                    changed = true;
                }
            }
        }
        reached.removeAll(targets);
        return reached;
    }

    /**
     * Puts the threads in the order of their waits, each followed by one it waits for where it
     * can, and names the objects A, B, ... in the order they come up: so for two locks party 0
     * holds Lock A and waits for Lock B, and party 1 holds Lock B and waits for Lock A.
     */
    private Deadlock describe(List<Long> component, Map<Long, Set<Long>> edges) {
        Set<Long> members = new LinkedHashSet<>();
        byToken.keySet().stream().filter(component::contains).forEach(members::add);
        List<Long> order = new ArrayList<>();
        Long at = members.iterator().next();
        while (at != null) {
            order.add(at);
            Long next = null;
            for (Long candidate : edges.get(at)) {
                if (members.contains(candidate) && !order.contains(candidate)) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                next = members.stream().filter(m -> !order.contains(m)).findFirst().orElse(null);
            }
            at = next;
        }
        Map<String, String> labels = new LinkedHashMap<>();
        List<Deadlock.Party> parties = new ArrayList<>();
        for (Long token : order) {
            Waiter w = byToken.get(token);
            List<String> holds = new ArrayList<>();
            for (Long other : order) {
                Waiter o = byToken.get(other);
                Awaited on = awaited(o);
                if (!on.isBarrier() && edges.get(other).contains(token)) {
                    String held = label(labels, o);
                    if (!holds.contains(held)) {
                        holds.add(held);
                    }
                }
            }
            String waitsFor = label(labels, w);
            parties.add(new Deadlock.Party(w.processName(), w.pid(), w.threadName(), String.join(", ", holds),
                    waitsFor, w.stack()));
        }
        StringBuilder where = new StringBuilder("where ");
        int k = 0;
        for (Map.Entry<String, String> named : labels.entrySet()) {
            Awaited on = objects.get(named.getKey());
            where.append(k == 0 ? "" : k == labels.size() - 1 ? " and " : ", ").append(named.getValue())
                    .append(" is ").append(on.segment).append('@').append(on.offset).append(on.detail);
            k++;
        }
        return new Deadlock(parties, where.toString());
    }

    private String label(Map<String, String> labels, Waiter w) {
        return labels.computeIfAbsent(key(w), k -> w.lockKind() + " " + letter(labels.size()));
    }

    private static String letter(int i) {
        return i < 26 ? String.valueOf((char) ('A' + i)) : "L" + (i + 1);
    }

    /** Tarjan's strongly connected components, in the order of the nodes (recursive: graphs are small). */
    private static final class Components {
        private final Map<Long, Set<Long>> edges;
        private final Map<Long, Integer> index = new HashMap<>();
        private final Map<Long, Integer> low = new HashMap<>();
        private final List<Long> stack = new ArrayList<>();
        private final Set<Long> onStack = new LinkedHashSet<>();
        private final List<List<Long>> found = new ArrayList<>();

        Components(Map<Long, Set<Long>> edges) {
            this.edges = edges;
        }

        List<List<Long>> strong() {
            for (Long node : edges.keySet()) {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            }
            return found;
        }

        private void visit(Long node) {
            index.put(node, index.size());
            low.put(node, index.get(node));
            stack.add(node);
            onStack.add(node);
            for (Long next : edges.get(node)) {
                if (!edges.containsKey(next)) {
                    continue;
                }
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (onStack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                List<Long> component = new ArrayList<>();
                Long top;
                do {
                    top = stack.remove(stack.size() - 1);
                    onStack.remove(top);
                    component.add(top);
                } while (!top.equals(node));
                found.add(component);
            }
        }
    }
}
