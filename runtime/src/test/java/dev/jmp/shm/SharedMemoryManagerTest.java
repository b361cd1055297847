package dev.jmp.shm;

import static dev.jmp.shm.SharedMemoryTest.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Python's {@code SharedMemoryManager}: what it handed out is unlinked when it shuts down. */
@ExtendWith(SharedMemoryIsolation.class)
class SharedMemoryManagerTest {

    @Test
    void shutdownUnlinksEveryBlockAndList() throws Exception {
        SharedMemory shm;
        ShareableList sl;
        try (SharedMemoryManager smm = new SharedMemoryManager()) {
            shm = smm.sharedMemory(4096);
            sl = smm.shareableList(List.of(1, "two"));
            assertEquals(List.of(shm.name(), sl.shm().name()), smm.names());
            assertEquals(2, SharedMemoryIsolation.segmentFiles(SharedMemoryIsolation.directory()).size());
        }
        assertEquals(List.of(), SharedMemoryIsolation.segmentFiles(SharedMemoryIsolation.directory()));
        assertTrue(shm.isClosed() && sl.shm().isClosed());
        assertCode("jmp.shm.no-such-block", assertThrows(IllegalStateException.class, () -> SharedMemory.attach(shm.name())));
    }

    /** A manager never shut down is shut down at exit: nothing is left in the directory. */
    @Test
    void aManagerLeftRunningIsShutDownAtExit() throws Exception {
        dev.jmp.Process p = new dev.jmp.Process(BlockTask.task("manager-and-exit", "", null))
                .jvmOptions("-Djmp.shm.dir=" + SharedMemoryIsolation.directory());
        p.start();
        p.join();
        assertEquals(java.util.OptionalInt.of(0), p.exitCode());
        assertEquals(List.of(), SharedMemoryIsolation.segmentFiles(SharedMemoryIsolation.directory()));
    }

    @Test
    void aBlockUnlinkedByItsUserIsSkippedAndShutdownIsFinal() throws Exception {
        SharedMemoryManager smm = new SharedMemoryManager();
        SharedMemory shm = smm.sharedMemory(64);
        shm.close();
        shm.unlink();
        smm.shutdown();
        smm.shutdown();
        assertCode("jmp.shm.manager-shut-down", assertThrows(IllegalStateException.class, () -> smm.sharedMemory(64)));
        assertCode("jmp.shm.manager-shut-down", assertThrows(IllegalStateException.class, () -> smm.shareableList(List.of(1))));
        assertEquals(List.of(), SharedMemoryIsolation.segmentFiles(SharedMemoryIsolation.directory()));
    }
}
