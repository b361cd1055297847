package app;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.cluster.MemberCommand;
import dev.jmp.it.support.LoopbackMembers;
import dev.jmp.it.support.MemberProgram;
import dev.jmp.pool.Pool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The driver: the same Pool and ProcessPoolExecutor code as on one machine, with the context of
 * {@code -Djmp.startMethod=cluster}. Each step prints one line when what it checks holds, and
 * throws otherwise.
 */
public class Driver {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("jmp-cluster-it");
        try {
            run(dir);
        } finally { // a failed step must not leave the key file and the members' files behind
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static void run(Path dir) throws Exception {
        MemberProgram member = new MemberProgram(MemberCommand.jvmOptions(Runtime.version().feature()),
                MemberCommand.MAIN_CLASS, MemberCommand.READY);
        try (LoopbackMembers members = new LoopbackMembers(dir, 3, member)) {
            String classPath = System.getProperty("java.class.path");
            members.start(0, classPath);
            Process second = members.start(1, classPath);
            System.setProperty("jmp.cluster.name", members.name());
            System.setProperty("jmp.cluster.members", members.addresses());
            System.setProperty("jmp.cluster.keyFile", members.key().toString());
            Context context = Multiprocessing.getContext(Multiprocessing.getStartMethod()); // -Djmp.startMethod=cluster
            System.out.println("context: " + context.startMethod());
            Seeds.poolMap();
            Seeds.poolApply();
            Seeds.executorMap();

            List<Long> xs = LongStream.range(0, 10_000).boxed().toList();
            try (Pool pool = new Pool(4, null, 0, context)) {
                List<Long> squares = pool.map(WorkTasks::square, xs, 50);
                check(squares.equals(xs.stream().map(x -> x * x).toList()), "10k squares exact");
                System.out.println("10000 results exact, in order");
            }

            Steps.workerKilled(context, dir);
            Steps.wrongKeyRefused(members, dir);
            Steps.otherClassPathRefused(members, dir, context);
            Steps.memberKilled(context, dir, members, second);
        }
        System.out.println("members stopped");
    }

    static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("does not hold: " + what);
        }
    }
}
