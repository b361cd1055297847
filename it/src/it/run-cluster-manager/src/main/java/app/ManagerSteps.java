package app;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import dev.jmp.Context;
import dev.jmp.it.support.Eventually;
import dev.jmp.it.support.LoopbackMembers;
import dev.jmp.manager.BarrierProxy;
import dev.jmp.manager.DictProxy;
import dev.jmp.manager.LockProxy;
import dev.jmp.manager.QueueProxy;
import dev.jmp.manager.SyncManager;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The steps of the driver. */
final class ManagerSteps {

    private static final Duration LIMIT = Duration.ofSeconds(240);
    private static final int PER_PRODUCER = 500;

    private ManagerSteps() {}

    /**
     * 4 producers and 4 consumers (two processes of two threads each, spread over the members),
     * through one bounded queue: nothing lost or duplicated.
     */
    static void producersAndConsumers(Context context, SyncManager manager) throws Exception {
        QueueProxy<Integer> queue = manager.queue(64);
        DictProxy<Integer, String> taken = manager.dict();
        List<dev.jmp.Process> all = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            all.add(context.process(RolesTasks.consume(queue, taken, "consumer-" + i)));
        }
        for (int i = 0; i < 2; i++) {
            all.add(context.process(RolesTasks.produce(queue, 2 * i * PER_PRODUCER, PER_PRODUCER)));
        }
        all.forEach(dev.jmp.Process::start);
        Set<String> where = new HashSet<>();
        for (dev.jmp.Process p : all) {
            p.join(LIMIT);
            Driver.check(p.exitCode().isPresent() && p.exitCode().getAsInt() == 0, p + " ended with 0");
        }
        Map<Integer, String> copy = taken.copy();
        Driver.check(copy.keySet().equals(IntStream.range(0, 4 * PER_PRODUCER).boxed().collect(Collectors.toSet())),
                "every number taken once: " + copy.size() + " of " + 4 * PER_PRODUCER);
        copy.values().forEach(v -> where.add(v.substring(v.indexOf('@') + 1)));
        Driver.check(copy.values().stream().map(v -> v.substring(0, v.indexOf('@'))).distinct().count() == 4,
                "each of the 4 consumers took numbers");
        Driver.check(queue.isEmpty(), "the queue is empty");
        System.out.println("4 producers x 4 consumers on the cluster: " + copy.size()
                + " numbers, none lost or duplicated (consumers on " + where.size() + " member(s))");
    }

    /** A second driver SIGKILLed: its named dict survives, its unnamed one is freed. */
    static void driverKilled(LoopbackMembers members, SyncManager manager, Path dir) throws Exception {
        try (Probe probe = new Probe(members)) {
            Set<String> before = probe.owned().keySet();
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dhazelcast.logging.type=none", "-Djmp.startMethod=cluster", "-Djmp.cluster.name=" + members.name(),
                    "-Djmp.cluster.members=" + members.addresses(), "-Djmp.cluster.keyFile=" + members.key(),
                    "-cp", System.getProperty("java.class.path"), DyingDriver.class.getName());
            Process other = new ProcessBuilder(command).redirectErrorStream(true).start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream()));
                CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> out.lines()
                        .filter(l -> l.equals("ready")).findFirst().orElse("exited"));
                Driver.check(ready.get(LIMIT.toSeconds(), TimeUnit.SECONDS).equals("ready"), "the second driver is ready");
                Set<String> theirs = new HashSet<>(probe.owned().keySet());
                theirs.removeAll(before);
                Driver.check(theirs.size() == 1, "the second driver made one unnamed object: " + theirs);
                String key = theirs.iterator().next();
                Driver.check(probe.hazelcast.getMap("jmp.d." + key).size() == 1, "its unnamed dict holds an entry");
                other.destroyForcibly();
                other.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS);
                await(() -> !probe.owned().containsKey(key), "the killed driver's unnamed dict is freed");
                Driver.check(probe.hazelcast.getMap("jmp.d." + key).isEmpty(), "its contents are gone");
            } finally {
                other.destroyForcibly();
            }
        }
        DictProxy<String, Integer> scores = manager.dict("scores");
        Driver.check(scores.equals(Map.of("alice", 3, "bob", 5)), "the named dict survived: " + scores);
        System.out.println("driver SIGKILLed: its named dict survives " + scores + ", its unnamed one was freed");
    }

    /**
     * A party waiting at a barrier of four on a member that is SIGKILLed: its arrival counts, as on
     * one machine, but the fourth never comes, so the two others break out after their timeout (the
     * first to reach it with {@code TimeoutException}, the other with {@code BrokenBarrierException}).
     */
    static void barrierPartyKilled(Context context, SyncManager manager, LoopbackMembers members, Path dir) throws Exception {
        BarrierProxy barrier = manager.barrier(4, Duration.ofSeconds(3));
        Path started = dir.resolve("barrier-party");
        dev.jmp.Process party = context.process(RolesTasks.awaitBarrier(barrier, started.toString()));
        party.start();
        await(() -> Files.exists(started) && barrier.numberWaiting() == 1, "the member's party waits at the barrier");
        int index = members.kill(Files.readString(started));
        List<CompletableFuture<String>> others = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            others.add(CompletableFuture.supplyAsync(() -> {
                try {
                    barrier.await();
                    return "released";
                } catch (BrokenBarrierException e) {
                    return "broken";
                } catch (TimeoutException e) {
                    return "timed out";
                } catch (InterruptedException e) {
                    return "interrupted";
                }
            }));
        }
        List<String> outcomes = new ArrayList<>();
        for (CompletableFuture<String> f : others) {
            outcomes.add(f.get(LIMIT.toSeconds(), TimeUnit.SECONDS));
        }
        outcomes.sort(null);
        Driver.check(outcomes.contains("broken") && !outcomes.contains("released"), "the others broke out: " + outcomes);
        Driver.check(barrier.isBroken(), "the barrier is broken");
        party.join(LIMIT);
        System.out.println("barrier party's member SIGKILLed: the other parties broke out " + outcomes);
        members.start(index, System.getProperty("java.class.path")); // the cluster has two members again
    }

    /** The holder of a lock on a member that is SIGKILLed: the next acquirer takes it and is told. */
    static void lockHolderKilled(Context context, SyncManager manager, LoopbackMembers members, Path dir) throws Exception {
        LockProxy lock = manager.lock("guard");
        Path started = dir.resolve("lock-holder");
        dev.jmp.Process holder = context.process(RolesTasks.holdLock(lock, started.toString()));
        holder.start();
        await(() -> Files.exists(started), "the holder took the lock");
        Driver.check(!lock.tryLock(), "the lock is held");
        int index = members.kill(Files.readString(started));
        Driver.check(lock.tryLock(LIMIT.toSeconds(), TimeUnit.SECONDS), "the next acquirer takes the lock");
        Driver.check(lock.wasRecovered(), "and is told it took it over from a holder that died");
        lock.unlock();
        holder.join(LIMIT);
        System.out.println("lock holder's member SIGKILLed: the next acquirer took the lock, recovered");
        members.start(index, System.getProperty("java.class.path")); // the cluster has two members again
    }

    /** Reads jmp's bookkeeping maps through a client of its own. */
    private static final class Probe implements AutoCloseable {
        final HazelcastInstance hazelcast;

        Probe(LoopbackMembers members) {
            ClientConfig c = new ClientConfig();
            c.setClusterName(members.name());
            c.getNetworkConfig().setAddresses(List.of(members.addresses().split(",")));
            hazelcast = HazelcastClient.newHazelcastClient(c);
        }

        IMap<String, String> owned() {
            return hazelcast.getMap("jmp.owned");
        }

        @Override
        public void close() {
            hazelcast.shutdown();
        }
    }

    private static void await(Eventually.Check condition, String what) throws Exception {
        Eventually.await(LIMIT, condition, what);
    }
}
