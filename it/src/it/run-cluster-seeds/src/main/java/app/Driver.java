package app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import seed.ManagerDict;
import seed.ManagerList;
import seed.ProducerConsumer;
import seed.QueueCommunication;
import seed.UsingBarrier;
import seed.UsingCondition;
import seed.UsingEvent;
import seed.UsingSemaphore;

/**
 * Starts two members, runs the seed programs one after the other as their drivers, then stops
 * the members and says which JVMs ran under them, so that verify.groovy can check that they all
 * ended and left nothing in shared memory.
 */
public class Driver {

    interface Program {
        void main(String[] args) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("jmp-cluster-seeds-it");
        try {
            run(dir);
        } finally { // a failed step must not leave the key file behind
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static void run(Path dir) throws Exception {
        Path sharedMemory = Files.createDirectories(Path.of(System.getProperty("jmp.shm.dir")));
        List<Long> ended;
        try (Members members = new Members(dir, 2, sharedMemory)) {
            long start = System.nanoTime();
            members.start(0);
            members.start(1);
            System.out.println("2 members started in " + millis(start) + " ms");
            System.setProperty("jmp.cluster.name", members.name);
            System.setProperty("jmp.cluster.members", members.addresses());
            System.setProperty("jmp.cluster.keyFile", members.key.toString());
            seed("09", QueueCommunication::main);
            seed("11", ManagerDict::main);
            seed("13", UsingCondition::main);
            seed("14", UsingEvent::main);
            seed("15", UsingBarrier::main);
            seed("16", UsingSemaphore::main);
            seed("17", ManagerList::main);
            seed("19", ProducerConsumer::main);
            ended = members.stop();
        }
        System.out.println("members stopped; these JVMs ended: " + ended.stream().map(String::valueOf)
                .collect(Collectors.joining(" ")));
        System.out.println("driver pid: " + ProcessHandle.current().pid());
    }

    private static void seed(String number, Program program) throws Exception {
        System.out.println("seed " + number + " starts");
        long start = System.nanoTime();
        program.main(new String[0]);
        System.out.println("seed " + number + " ran in " + millis(start) + " ms");
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
