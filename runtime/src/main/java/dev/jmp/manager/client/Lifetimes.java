package dev.jmp.manager.client;

import dev.jmp.launch.parent.ChildProcess;
import dev.jmp.launch.parent.ExitStatus;
import dev.jmp.base.Deadline;
import dev.jmp.base.ShutdownSequence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a manager's server JVM comes and goes: waiting for it to announce its address, shutting it
 * down (and, if it does not go, terminating it), and shutting down at exit every manager still
 * running, as Python's finalizers do.
 */
final class Lifetimes {

    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(10);
    private static final Set<LocalManager> RUNNING = ConcurrentHashMap.newKeySet();
    private static boolean hookInstalled;

    private Lifetimes() {}

    static synchronized void closeAtExit(LocalManager manager) {
        if (!hookInstalled) {
            ShutdownSequence.add(ShutdownSequence.Phase.CHILDREN, () -> List.copyOf(RUNNING).forEach(LocalManager::close));
            hookInstalled = true;
        }
        RUNNING.add(manager);
    }

    static void forget(LocalManager manager) {
        RUNNING.remove(manager);
    }

    /** Waits for the server to write its address and id into {@code ready}; returns both. */
    static String[] awaitReady(Path ready, ChildProcess server, String name) {
        Deadline deadline = Deadline.after(START_LIMIT);
        long pause = 1;
        try {
            while (!Files.exists(ready)) {
                if (!server.isAlive()) {
                    server.await(2_000);
                    throw new IllegalStateException("[jmp.manager.start-failed] " + name + " (pid " + server.pid()
                            + ") ended with " + ExitStatus.describe(server.exitCode().orElse(0))
                            + " before it accepted connections; its stderr is above");
                }
                if (deadline.hasPassed()) {
                    server.signal(true);
                    throw new IllegalStateException("[jmp.manager.start-failed] " + name + " (pid " + server.pid()
                            + ") did not accept connections within " + START_LIMIT.toSeconds() + " s and was killed");
                }
                Thread.sleep(pause);
                pause = Math.min(pause * 2, 20);
            }
            List<String> lines = Files.readAllLines(ready, StandardCharsets.UTF_8);
            Files.deleteIfExists(ready);
            return new String[] {lines.get(0), lines.get(1)};
        } catch (InterruptedException e) {
            server.signal(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " was interrupted while starting and was killed", e);
        } catch (IOException e) {
            server.signal(true);
            throw new IllegalStateException("cannot read the address " + name + " announced: " + e, e);
        }
    }

    /** Asks the server to shut down, waits for its JVM to end, and ends it if it does not. */
    static void stop(ManagerLink link, ChildProcess server, String name) {
        try {
            link.shutdownServer(STOP_LIMIT);
        } catch (IOException | RuntimeException e) {
            // already gone, or not answering: the JVM is ended below either way
        }
        link.close(name + " was shut down");
        try {
            if (!server.await(STOP_LIMIT.toMillis())) {
                server.signal(false);
                if (!server.await(2_000)) {
                    server.signal(true);
                    server.await(2_000);
                }
            }
        } catch (InterruptedException e) {
            server.signal(true);
            Thread.currentThread().interrupt();
        }
        if (link.endpoint().isUnix()) {
            try {
                Files.deleteIfExists(link.endpoint().socket()); // a server that died cannot remove it itself
            } catch (IOException e) {
                // the private directory goes at exit anyway
            }
        }
    }
}
