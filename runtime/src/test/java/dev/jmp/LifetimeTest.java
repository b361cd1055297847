package dev.jmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.base.Deadline;
import dev.jmp.base.ProcessIdentity;
import dev.jmp.testing.JavaProgram;
import dev.jmp.testing.NoLeftovers;
import dev.jmp.testing.ParentProgram;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What happens to children when their parent exits or dies, under every start method; each
 * parent is a JVM of its own, and a warm parent's spares must go with it.
 */
@ExtendWith(NoLeftovers.class)
class LifetimeTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    private List<String> options(StartMethod method) {
        return List.of("-Djava.io.tmpdir=" + tmp, "-Dinherited=from-parent",
                "-Djmp.startMethod=" + method.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The pids a parent printed as {@code family <pid> <pid>...}: its children and spares. */
    private static List<Long> family(JavaProgram parent) throws Exception {
        String line = parent.awaitLine("family", LIMIT).trim();
        return line.isEmpty() ? List.of()
                : Stream.of(line.split(" ")).map(Long::parseLong).toList();
    }

    private static boolean allGone(List<Long> pids) {
        return pids.stream().allMatch(pid -> ProcessIdentity.of(pid).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = StartMethod.class, names = {"SPAWN", "WARM"})
    void daemonChildIsTerminatedWhenItsParentExits(StartMethod method) throws Exception {
        try (JavaProgram parent = JavaProgram.start(options(method), ParentProgram.class, "daemon")) {
            long child = Long.parseLong(parent.awaitLine("child ", LIMIT));
            List<Long> family = family(parent);
            assertEquals(0, parent.await(LIMIT), parent.err());
            String out = parent.out();
            assertTrue(out.contains("tick\n"), out);
            assertFalse(out.substring(out.indexOf("parent exits")).contains("tick"), "output after exit: " + out);
            assertTrue(Deadline.await(LIMIT, () -> ProcessHandle.of(child).isEmpty()), "daemon child survived");
            assertTrue(Deadline.await(LIMIT, () -> allGone(family)), "spares survived: " + family);
        }
        assertNoControlDirectories();
    }

    @ParameterizedTest
    @EnumSource(value = StartMethod.class, names = {"SPAWN", "WARM"})
    void parentWaitsForItsNonDaemonChildAtExit(StartMethod method) throws Exception {
        try (JavaProgram parent = JavaProgram.start(options(method), ParentProgram.class, "nondaemon")) {
            assertEquals(0, parent.await(LIMIT), parent.err());
            String out = parent.out();
            assertTrue(out.indexOf("parent done") < out.indexOf("child done"), out);
            assertTrue(out.indexOf("parent done") >= 0, out);
        }
        assertNoControlDirectories();
    }

    @ParameterizedTest
    @EnumSource(value = StartMethod.class, names = {"SPAWN", "WARM"})
    void childExitsWhenItsParentIsSigkilled(StartMethod method) throws Exception {
        try (JavaProgram parent = JavaProgram.start(options(method), ParentProgram.class, "orphan")) {
            long child = Long.parseLong(parent.awaitLine("child ", LIMIT));
            List<Long> family = family(parent);
            parent.awaitLine("ready", LIMIT);
            parent.process().destroyForcibly();
            // Exited means gone or a zombie: reaping an orphan is up to whoever adopts it (init
            // here), which may take its time; ProcessHandle counts a zombie as alive.
            assertTrue(Deadline.await(LIMIT, () -> ProcessIdentity.of(child).isEmpty()));
            assertTrue(Deadline.await(LIMIT, () -> allGone(family)), "spares survived: " + family);
        }
        assertTrue(Deadline.await(LIMIT, () -> controlDirectories().isEmpty()),
                "the orphan removes its dead parent's control directory: " + controlDirectories());
    }

    @ParameterizedTest
    @EnumSource(value = StartMethod.class, names = {"SPAWN", "WARM"})
    void childInheritsTheParentsSystemProperties(StartMethod method) throws Exception {
        try (JavaProgram parent = JavaProgram.start(options(method), ParentProgram.class, "props")) {
            assertEquals(0, parent.await(LIMIT), parent.err());
            assertTrue(parent.out().contains("inherited=from-parent\n"), parent.out());
        }
    }

    private void assertNoControlDirectories() throws Exception {
        assertEquals(List.of(), controlDirectories());
    }

    private List<Path> controlDirectories() {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(f -> f.getFileName().toString().startsWith("jmp-")).toList();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

}
