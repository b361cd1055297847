package dev.jmp.maven.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.maven.fork.programs.Chatty;
import dev.jmp.maven.fork.programs.ExitWith;
import dev.jmp.maven.fork.programs.ForkAndHang;
import dev.jmp.maven.fork.programs.HangWithChild;
import dev.jmp.maven.fork.programs.WaitForFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(60)
class ForkedProgramTest {

    private static final Duration LONG_ENOUGH = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final RecordedLines out = new RecordedLines();
    private final RecordedLines err = new RecordedLines();

    /** Leaves the argument file to the temporary directory: the child reads it after start(). */
    private ForkedProgram start(JavaCommand command) throws IOException {
        ArgFile argFile = ArgFile.write(dir, command.argFileLines());
        return ForkedProgram.start(command.toArguments(argFile.path()), dir, out, err);
    }

    @Test
    void exitZeroPassesEveryLineInOrder() throws Exception {
        JavaCommand command = TestPrograms.command(Chatty.class, "Alice", "Bob Smith")
                .withSystemProperties(Map.of("greeting", "hello"));

        ProgramResult result = start(command).waitFor(Duration.ZERO);

        assertEquals(0, result.exitCode());
        assertFalse(result.timedOut());
        assertEquals(List.of("first", "arg=Alice", "arg=Bob Smith", "greeting=hello", "last"), out.lines());
        assertEquals(List.of("to stderr"), err.lines());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 42})
    void nonZeroExitCodeIsReported(int code) throws Exception {
        ProgramResult result = start(TestPrograms.command(ExitWith.class, String.valueOf(code))).waitFor(LONG_ENOUGH);

        assertEquals(code, result.exitCode());
        assertFalse(result.timedOut());
        assertEquals(List.of("exiting with " + code), out.lines());
    }

    @Test
    void linesArriveWhileTheProgramRuns() throws Exception {
        Path go = dir.resolve("go");
        ForkedProgram program = start(TestPrograms.command(WaitForFile.class, go.toString()));

        out.await("waiting", LONG_ENOUGH);
        assertTrue(alive(program.pid()), "the program should still be waiting for " + go);
        Files.createFile(go);
        ProgramResult result = program.waitFor(LONG_ENOUGH);

        assertEquals(0, result.exitCode());
        assertEquals(List.of("waiting", "done"), out.lines());
    }

    @Test
    void timeoutDestroysTheProgramAndItsDescendants() throws Exception {
        ForkedProgram program = start(TestPrograms.command(HangWithChild.class));
        long child = Long.parseLong(out.await("child ", LONG_ENOUGH).substring("child ".length()));

        ProgramResult result = program.waitFor(Duration.ofSeconds(1));

        assertTrue(result.timedOut());
        assertEquals(1, result.destroyedDescendants());
        assertTrue(result.exitCode() != 0, "exit code " + result.exitCode());
        assertFalse(alive(program.pid()), "the program survived");
        assertFalse(alive(child), "its child survived");
        assertEquals(List.of(), ProcessHandle.current().descendants().map(this::describe).toList());
    }

    @Test
    void shutdownHookDestroysTheTreeWhenTheParentJvmIsStopped() throws Exception {
        ForkedProgram parent = start(TestPrograms.command(ForkAndHang.class));
        long forked = Long.parseLong(out.await("forked ", LONG_ENOUGH).substring("forked ".length()));
        long child = Long.parseLong(out.await("child ", LONG_ENOUGH).substring("child ".length()));

        // SIGTERM, as for Ctrl-C: the JVM standing in for Maven runs its shutdown hooks.
        ProcessHandle.of(parent.pid()).orElseThrow().destroy();
        parent.waitFor(LONG_ENOUGH);

        assertFalse(alive(forked), "the forked program survived its parent");
        assertFalse(alive(child), "the forked program's child survived");
    }

    @Test
    void classpathWithSpacesAndHashReachesTheProgram() throws Exception {
        Path spaced = Files.createDirectories(dir.resolve("with space #1"));
        copyTree(Path.of(TestPrograms.location(Chatty.class)), spaced);
        JavaCommand command = JavaCommand.of(TestPrograms.java(), Chatty.class.getName())
                .withClasspath(List.of(spaced.toString()));

        ProgramResult result = start(command).waitFor(LONG_ENOUGH);

        assertEquals(0, result.exitCode(), "stderr: " + err.lines());
        assertEquals("first", out.lines().get(0));
    }

    @Test
    void missingExecutableCannotStart() {
        List<String> argv = List.of(dir.resolve("no-such-java").toString(), "-version");

        assertThrows(IOException.class, () -> ForkedProgram.start(argv, dir, out, err));
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private String describe(ProcessHandle process) {
        return process.pid() + " " + process.info().commandLine().orElse("?");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
