package dev.jmp.bench.cluster;

import dev.jmp.cluster.MemberCommand;
import dev.jmp.it.support.MemberProgram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cluster members on this machine's loopback, started by the integration tests' launcher
 * ({@code jmp-it-support}), and this JVM set up as their driver through the
 * {@code jmp.cluster.*} system properties. They end on {@link #close()}, or with this JVM.
 */
final class LoopbackMembers implements AutoCloseable {

    private final Path dir;
    private final dev.jmp.it.support.LoopbackMembers members;

    /** Starts {@code count} members of {@code workers} worker JVMs each; returns once all are ready. */
    LoopbackMembers(int count, int workers) throws Exception {
        dir = Files.createTempDirectory("jmp-bench-cluster");
        List<String> options = new ArrayList<>(MemberCommand.jvmOptions(Runtime.version().feature()));
        options.add("-Djmp.cluster.workers=" + workers);
        members = new dev.jmp.it.support.LoopbackMembers(dir, count,
                new MemberProgram(options, MemberCommand.MAIN_CLASS, MemberCommand.READY));
        try {
            for (int i = 0; i < count; i++) {
                members.start(i, System.getProperty("java.class.path"));
            }
        } catch (Exception e) {
            close();
            throw e;
        }
        System.setProperty("jmp.cluster.name", members.name());
        System.setProperty("jmp.cluster.members", members.addresses());
        System.setProperty("jmp.cluster.keyFile", members.key().toString());
    }

    @Override
    public void close() throws Exception {
        try {
            members.close();
        } finally {
            Files.deleteIfExists(members.key());
            Files.deleteIfExists(dir);
        }
    }
}
