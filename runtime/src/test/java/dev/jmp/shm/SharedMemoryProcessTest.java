package dev.jmp.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.Process;
import dev.jmp.memory.BlockFiles;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Blocks across processes: a task parameter, attach by name, exit without unlink, a killed creator. */
@ExtendWith(SharedMemoryIsolation.class)
class SharedMemoryProcessTest {

    private static final Duration CHILD_LIMIT = Duration.ofSeconds(120);

    @Test
    void aChildFillsABlockPassedAsAParameterOrByName() throws Exception {
        try (SharedMemory shm = SharedMemory.create(100_000)) {
            run(BlockTask.task("fill", "", shm));
            assertPattern(shm.buffer());
            shm.buffer().put(0, (byte) -1);
            run(BlockTask.task("fill-by-name", shm.name(), null));
            assertPattern(shm.buffer());
            shm.unlink();
        }
    }

    /** Python's resource tracker: a block its creator never unlinked is removed when the creator exits, with a warning. */
    @Test
    void aBlockNeverUnlinkedIsRemovedWhenItsCreatorExits() throws Exception {
        Process p = child(BlockTask.task("create-and-exit", "forgotten", null));
        p.start();
        p.join();
        assertEquals(OptionalInt.of(0), p.exitCode());
        assertFalse(SharedMemoryTest.exists("forgotten"), "the creator's exit removes it");
    }

    /** A SIGKILLed creator leaves its block; the sweep removes it once no living process uses it. */
    @Test
    void theBlockOfAKilledCreatorIsSweptOnceNobodyUsesIt() throws Exception {
        ChildJvm creator = ChildJvm.start(BlockChildMain.class, "create", "orphan");
        creator.awaitLine("ready", CHILD_LIMIT);
        SharedMemory attached = SharedMemory.attach("orphan");
        creator.kill();
        assertEquals(List.of(), BlockFiles.sweep(SharedMemoryIsolation.directory()), "this process still uses it");
        assertEquals(1, attached.buffer().get(0));
        attached.close();
        assertEquals(List.of("jmp-block-orphan"), BlockFiles.sweep(SharedMemoryIsolation.directory()));
        assertFalse(SharedMemoryTest.exists("orphan"));
    }

    /** The sweep also runs before the first value, array or lock of a runtime, not only before its first block. */
    @Test
    void theNextSharedObjectSweepsTheBlockOfAKilledCreator() throws Exception {
        ChildJvm creator = ChildJvm.start(BlockChildMain.class, "create", "lost");
        creator.awaitLine("ready", CHILD_LIMIT);
        creator.kill();
        assertTrue(SharedMemoryTest.exists("lost"), "SIGKILL leaves the block behind");
        try (IntValue value = IntValue.create(0)) {
            assertFalse(SharedMemoryTest.exists("lost"));
        }
    }

    /** An attacher killed while it holds the block counts as gone: it does not keep the block forever. */
    @Test
    void aKilledAttacherDoesNotKeepABlock() throws Exception {
        ChildJvm creator = ChildJvm.start(BlockChildMain.class, "create", "both");
        creator.awaitLine("ready", CHILD_LIMIT);
        ChildJvm attacher = ChildJvm.start(BlockChildMain.class, "attach", "both");
        attacher.awaitLine("ready", CHILD_LIMIT);
        creator.kill();
        assertEquals(List.of(), BlockFiles.sweep(SharedMemoryIsolation.directory()), "the attacher still lives");
        attacher.kill();
        assertEquals(List.of("jmp-block-both"), BlockFiles.sweep(SharedMemoryIsolation.directory()));
    }

    /** A block created here is never swept while this process lives, even when no one has it open. */
    @Test
    void aLivingCreatorKeepsItsBlock() {
        SharedMemory shm = SharedMemory.create("mine", 4096);
        shm.close();
        assertEquals(List.of(), BlockFiles.sweep(SharedMemoryIsolation.directory()));
        assertTrue(SharedMemoryTest.exists("mine"));
        shm.unlink();
    }

    private static void run(dev.jmp.Task<?> task) throws InterruptedException {
        Process p = child(task);
        p.start();
        p.join();
        assertEquals(OptionalInt.of(0), p.exitCode());
    }

    private static Process child(dev.jmp.Task<?> task) {
        return new Process(task).jvmOptions("-Djmp.shm.dir=" + SharedMemoryIsolation.directory());
    }

    static void assertPattern(ByteBuffer bytes) {
        for (int i = 0; i < bytes.capacity(); i++) {
            if (bytes.get(i) != (byte) i) {
                throw new AssertionError("byte " + i + " is " + bytes.get(i));
            }
        }
    }
}
