package dev.jmp.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Python's {@code SharedMemory} in one process: names, views, close and unlink. */
@ExtendWith(SharedMemoryIsolation.class)
class SharedMemoryTest {

    @Test
    void aBlockAttachedByNameIsTheSameMemory() {
        try (SharedMemory created = SharedMemory.create("frames", 10_000); SharedMemory attached = SharedMemory.attach("/frames")) {
            created.buffer().putLong(8, 42);
            assertEquals(42, attached.buffer().getLong(8));
            assertEquals("frames", attached.name(), "Python's leading slash is not part of the name");
            assertEquals(10_000, attached.size());
            assertEquals(ByteOrder.nativeOrder(), attached.buffer().order());
            assertEquals(List.of("jmp-block-frames"), fileNames());
            created.unlink();
        }
    }

    @Test
    void generatedNamesAreFreshAndFreshBlocksAreZero() {
        try (SharedMemory a = SharedMemory.create(4096); SharedMemory b = SharedMemory.create(null, 4096)) {
            assertTrue(a.name().startsWith("jmp_"), a.name());
            assertNotEquals(a.name(), b.name());
            ByteBuffer bytes = a.buffer();
            for (int i = 0; i < bytes.capacity(); i++) {
                assertEquals(0, bytes.get(i));
            }
            a.unlink();
            b.unlink();
        }
    }

    /** Python: after {@code unlink()} nobody attaches by the name; whoever has the block keeps it. */
    @Test
    void unlinkRemovesTheNameButNotTheMemoryOfThoseWhoHaveIt() {
        try (SharedMemory creator = SharedMemory.create("gone", 4096); SharedMemory other = SharedMemory.attach("gone")) {
            creator.unlink();
            assertTrue(fileNames().isEmpty());
            assertCode("jmp.shm.no-such-block", assertThrows(IllegalStateException.class, () -> SharedMemory.attach("gone")));
            other.buffer().put(5, (byte) 9);
            assertEquals(9, creator.buffer().get(5), "the processes that had it still share it");
            assertCode("jmp.shm.no-such-block", assertThrows(IllegalStateException.class, creator::unlink));
            try (SharedMemory again = SharedMemory.create("gone", 4096)) {
                assertEquals(0, again.buffer().get(5), "the name now names a new block");
                again.unlink();
            }
        }
    }

    /** Python: {@code close()} is this process's; the block stays for others, {@code unlink()} still works. */
    @Test
    void closeEndsOnlyThisUse() {
        SharedMemory shm = SharedMemory.create("kept", 4096);
        ByteBuffer before = shm.buffer();
        shm.close();
        shm.close();
        assertTrue(shm.isClosed());
        assertCode("jmp.shm.block-closed", assertThrows(IllegalStateException.class, shm::buffer));
        assertCode("jmp.shm.block-closed", assertThrows(IllegalStateException.class, () -> shm.view(ByteBuffer.class)));
        assertEquals("kept", shm.name());
        assertEquals(4096, shm.size());
        before.put(0, (byte) 3);
        try (SharedMemory again = SharedMemory.attach("kept")) {
            assertEquals(3, again.buffer().get(0), "closing does not remove the block");
        }
        shm.unlink();
        assertTrue(fileNames().isEmpty());
    }

    @Test
    void badInputGetsCodedErrors() {
        assertCode("jmp.shm.bad-size", assertThrows(IllegalArgumentException.class, () -> SharedMemory.create(0)));
        assertCode("jmp.shm.bad-size", assertThrows(IllegalArgumentException.class, () -> SharedMemory.create(5L << 30)));
        assertCode("jmp.shm.bad-name", assertThrows(IllegalArgumentException.class, () -> SharedMemory.create("a/b", 8)));
        assertCode("jmp.shm.bad-name", assertThrows(IllegalArgumentException.class, () -> SharedMemory.attach("..")));
        assertCode("jmp.shm.no-such-block", assertThrows(IllegalStateException.class, () -> SharedMemory.attach("none")));
        try (SharedMemory shm = SharedMemory.create("taken", 8)) {
            assertCode("jmp.shm.block-exists", assertThrows(IllegalStateException.class, () -> SharedMemory.create("taken", 8)));
            assertCode("jmp.shm.no-such-view", assertThrows(UnsupportedOperationException.class, () -> shm.view(String.class)));
            shm.unlink();
        }
        assertTrue(fileNames().isEmpty());
    }

    /** A file at a block's name that is no block is refused, and neither swept nor replaced. */
    @Test
    void aFileThatIsNoBlockIsLeftAlone() throws Exception {
        java.nio.file.Path junk = SharedMemoryIsolation.directory().resolve("jmp-block-junk");
        Files.write(junk, new byte[8192]);
        assertCode("jmp.shm.not-a-block", assertThrows(IllegalStateException.class, () -> SharedMemory.attach("junk")));
        assertCode("jmp.shm.block-exists", assertThrows(IllegalStateException.class, () -> SharedMemory.create("junk", 8)));
        assertEquals(List.of(), dev.jmp.memory.BlockFiles.sweep(SharedMemoryIsolation.directory()));
        assertEquals(List.of("jmp-block-junk"), fileNames(), "no file is left from the failed create");
        Files.delete(junk);
    }

    /** On JDK 22 and later, from the multi-release jar, {@code view(MemorySegment.class)}; before, a coded error. */
    @Test
    void aMemorySegmentViewNeedsJava22() throws Exception {
        try (SharedMemory shm = SharedMemory.create(4096)) {
            Class<?> segment;
            try {
                segment = Class.forName("java.lang.foreign.MemorySegment");
            } catch (ClassNotFoundException e) {
                segment = null;
            }
            if (segment == null || Runtime.version().feature() < 22) {
                Class<?> type = segment == null ? Object.class : segment;
                assertCode("jmp.shm.no-such-view", assertThrows(UnsupportedOperationException.class, () -> shm.view(type)));
            }
            assertEquals(4096, shm.view(ByteBuffer.class).capacity());
            shm.unlink();
        }
    }

    static void assertCode(String code, Exception e) {
        assertTrue(e.getMessage().startsWith("[" + code + "]"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    private static List<String> fileNames() {
        try {
            return SharedMemoryIsolation.segmentFiles(SharedMemoryIsolation.directory());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static boolean exists(String name) {
        return Files.exists(SharedMemoryIsolation.directory().resolve("jmp-block-" + name));
    }
}
