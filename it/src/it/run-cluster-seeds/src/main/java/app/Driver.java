package app;

import dev.jmp.cluster.MemberCommand;
import dev.jmp.it.support.LoopbackMembers;
import dev.jmp.it.support.MemberProgram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        List<String> options = new ArrayList<>(MemberCommand.jvmOptions(Runtime.version().feature()));
        options.add("-Djmp.shm.dir=" + sharedMemory);
        MemberProgram member = new MemberProgram(options, MemberCommand.MAIN_CLASS, MemberCommand.READY);
        try (LoopbackMembers members = new LoopbackMembers(dir, 2, member)) {
            long start = System.nanoTime();
            startCopyingLog(members, 0);
            startCopyingLog(members, 1);
            System.out.println("2 members started in " + millis(start) + " ms");
            System.setProperty("jmp.cluster.name", members.name());
            System.setProperty("jmp.cluster.members", members.addresses());
            System.setProperty("jmp.cluster.keyFile", members.key().toString());
            seed("09", QueueCommunication::main);
            seed("11", ManagerDict::main);
            seed("13", UsingCondition::main);
            seed("14", UsingEvent::main);
            seed("15", UsingBarrier::main);
            seed("16", UsingSemaphore::main);
            seed("17", ManagerList::main);
            seed("19", ProducerConsumer::main);
            ended = GracefulStop.stop(members);
        }
        System.out.println("members stopped; these JVMs ended: " + ended.stream().map(String::valueOf)
                .collect(Collectors.joining(" ")));
        System.out.println("driver pid: " + ProcessHandle.current().pid());
    }

    /**
     * Starts member {@code i}, its log (its stdout and stderr, where the processes it runs print)
     * copied to this JVM's stdout, each line after {@code member <i>: }, as a terminal running the
     * members would show it.
     */
    private static void startCopyingLog(LoopbackMembers members, int i) throws Exception {
        members.start(i, System.getProperty("java.class.path"), line -> System.out.println("member " + i + ": " + line));
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
