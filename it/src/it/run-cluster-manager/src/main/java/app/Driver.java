package app;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.cluster.MemberCommand;
import dev.jmp.it.support.LoopbackMembers;
import dev.jmp.it.support.MemberProgram;
import dev.jmp.manager.Manager;
import dev.jmp.manager.SyncManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The driver: a cluster manager's proxies passed to tasks on two members, and the faults of a
 * cluster. Each step prints one line when what it checks holds, and throws otherwise.
 */
public class Driver {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("jmp-cluster-manager-it");
        try {
            run(dir);
        } finally { // a failed step must not leave the key file behind
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static void run(Path dir) throws Exception {
        MemberProgram member = new MemberProgram(MemberCommand.jvmOptions(Runtime.version().feature()),
                MemberCommand.MAIN_CLASS, MemberCommand.READY);
        try (LoopbackMembers members = new LoopbackMembers(dir, 2, member)) {
            String classPath = System.getProperty("java.class.path");
            members.start(0, classPath);
            members.start(1, classPath);
            System.setProperty("jmp.cluster.name", members.name());
            System.setProperty("jmp.cluster.members", members.addresses());
            System.setProperty("jmp.cluster.keyFile", members.key().toString());
            Context context = Multiprocessing.getContext(Multiprocessing.getStartMethod()); // -Djmp.startMethod=cluster
            try (SyncManager manager = Manager.cluster(context)) {
                System.out.println("manager: " + manager.address());
                ManagerSteps.producersAndConsumers(context, manager);
                ManagerSteps.lockHolderKilled(context, manager, members, dir);
                ManagerSteps.barrierPartyKilled(context, manager, members, dir);
                ManagerSteps.driverKilled(members, manager, dir);
            }
        }
        System.out.println("members stopped");
    }

    static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("does not hold: " + what);
        }
    }
}
