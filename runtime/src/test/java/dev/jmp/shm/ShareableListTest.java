package dev.jmp.shm;

import static dev.jmp.shm.SharedMemoryTest.assertCode;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jmp.Process;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Python's {@code ShareableList}: fixed length and kinds, bounded strings, attach by name, into a task. */
@ExtendWith(SharedMemoryIsolation.class)
class ShareableListTest {

    @Test
    void itemsReadBackAsPythonsKindsInEveryAttacher() {
        try (ShareableList sl = ShareableList.create("sl", List.of(3, 2.5f, true, "howdy", new byte[] {1, 0}, 7L));
                ShareableList same = ShareableList.attach("sl")) {
            assertEquals(6, same.size());
            assertEquals(3L, same.get(0));
            assertEquals(2.5, same.getDouble(1));
            assertEquals(true, same.getBoolean(2));
            assertEquals("howdy", same.getString(3));
            assertArrayEquals(new byte[] {1, 0}, same.getBytes(4), "a trailing zero byte is kept");
            assertEquals("qd?8s8bq", same.format());
            assertEquals("howdy", same.set(3, "hi"));
            assertEquals("hi", sl.get(3));
            sl.set(0, sl.getLong(0) + 1);
            assertEquals(4L, same.get(0));
            assertEquals(2, same.indexOf(true));
            assertEquals(1, same.count(4));
            assertEquals(4, same.indexOf(new byte[] {1, 0}));
            sl.shm().unlink();
        }
    }

    /** Python: a str slot holds up to its creation length rounded up past a multiple of 8; the kinds stay. */
    @Test
    void slotsKeepTheirKindAndSize() {
        try (ShareableList sl = ShareableList.create(Arrays.asList("abc", 1, "é"))) {
            sl.set(0, "12345678");
            assertCode("jmp.shm.list-item-too-long", assertThrows(IllegalArgumentException.class, () -> sl.set(0, "123456789")));
            assertEquals("12345678", sl.get(0));
            assertCode("jmp.shm.list-wrong-type", assertThrows(IllegalArgumentException.class, () -> sl.set(1, "one")));
            assertCode("jmp.shm.list-wrong-type", assertThrows(IllegalArgumentException.class, () -> sl.set(1, 1.0)));
            assertCode("jmp.shm.list-wrong-type", assertThrows(IllegalStateException.class, () -> sl.getString(1)));
            assertThrows(UnsupportedOperationException.class, () -> sl.add("more"), "the length is fixed");
            assertThrows(IndexOutOfBoundsException.class, () -> sl.get(3));
            sl.set(2, "ü");
            assertEquals("ü", sl.getString(2));
            sl.shm().unlink();
        }
    }

    @Test
    void badItemsAndBlocksWithoutAListGetCodedErrors() {
        assertCode("jmp.shm.list-bad-item", assertThrows(IllegalArgumentException.class,
                () -> ShareableList.create(Arrays.asList(1, null))));
        assertCode("jmp.shm.list-bad-item", assertThrows(IllegalArgumentException.class,
                () -> ShareableList.create(List.of(new Object()))));
        try (SharedMemory raw = SharedMemory.create("raw", 64)) {
            assertCode("jmp.shm.not-a-list", assertThrows(IllegalStateException.class, () -> ShareableList.attach("raw")));
            raw.unlink();
        }
        try (ShareableList empty = ShareableList.create(List.of());
                ShareableList attached = ShareableList.attach(empty.shm().name())) {
            assertEquals(0, attached.size());
            empty.shm().unlink();
        }
    }

    @Test
    void aChildUpdatesAListPassedAsAParameter() throws Exception {
        try (ShareableList sl = ShareableList.create(List.of(41, "parent"))) {
            Process p = new Process(BlockTask.task("update-list", "", sl))
                    .jvmOptions("-Djmp.shm.dir=" + SharedMemoryIsolation.directory());
            p.start();
            p.join();
            assertEquals(OptionalInt.of(0), p.exitCode());
            assertEquals(List.of(42L, "child"), List.copyOf(sl));
            sl.shm().unlink();
        }
    }
}
