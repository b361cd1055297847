package dev.jmp.shm;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.Process;
import dev.jmp.sync.ChildMain;
import dev.jmp.sync.Event;
import dev.jmp.sync.Lock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedMemoryIsolation.class)
class CrossProcessValueTest {

    private static final Duration CHILD_LIMIT = Duration.ofSeconds(120);

    @Test
    void writesAreVisibleBothWays() throws Exception {
        try (IntValue value = IntValue.create(0); DoubleArray array = DoubleArray.createRaw(5);
                Event parentWrote = Event.create(); Event childWrote = Event.create()) {
            ChildJvm child = ChildJvm.start(ChildMain.class, "visibility", Handles.encode(value),
                    Handles.encode(array), Handles.encode(parentWrote), Handles.encode(childWrote));
            value.set(42);
            array.copyFrom(new double[] {1, 2, 3, 4, 5}, 0, 0, 5);
            parentWrote.set();

            assertTrue(childWrote.await(CHILD_LIMIT), child::output);
            assertEquals(43, value.get());
            assertArrayEquals(new double[] {1, -1.5, -2.5, 99, 5}, array.toArray());
            assertEquals(0, child.awaitExit(CHILD_LIMIT), child::output);
            assertTrue(child.output().contains("child saw 42 [1.0, 2.0, 3.0, 4.0, 5.0]"), child::output);
        }
    }

    @Test
    void fourProcessesAddingAtomicallyLoseNoUpdate() throws Exception {
        int perChild = 200_000;
        try (LongValue total = LongValue.createRaw(0)) {
            List<ChildJvm> children = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                children.add(ChildJvm.start(ChildMain.class, "value-add", Handles.encode(total), Integer.toString(perChild)));
            }
            for (ChildJvm child : children) {
                assertEquals(0, child.awaitExit(CHILD_LIMIT), child::output);
            }
            assertEquals(4L * perChild, total.get());
        }
    }

    /** A task in the segment directory of this test, as a child of this JVM. */
    private static Process child(dev.jmp.Task<?> task) {
        return new Process(task).jvmOptions("-Djmp.shm.dir=" + SharedMemoryIsolation.directory());
    }

    /**
     * Python: {@code Value('b')}, {@code Value('h')}, {@code Value('u')}, {@code Value('f')},
     * {@code Array('c')}, {@code Array('h')}, {@code Array('u')} and {@code Array('f')} passed to a
     * child process are the same memory there: what the child changes, the parent sees.
     */
    @Test
    void aChildProcessUpdatesEveryKindInPlace() throws Exception {
        try (ByteValue b = ByteValue.create((byte) 127); ShortValue h = ShortValue.createRaw((short) 1);
                CharValue u = CharValue.create('a'); FloatValue f = FloatValue.createRaw(1f);
                ByteArray c = ByteArray.create("parent's".getBytes(US_ASCII)); ShortArray hs = ShortArray.create(3);
                CharArray us = CharArray.createRaw(20); FloatArray fs = FloatArray.create(3)) {
            Process p = child(KindsTask.task("update-kinds", b, h, u, f, c, hs.slice(1, 3), us, fs));
            p.start();
            p.join();
            assertEquals(OptionalInt.of(0), p.exitCode());
            assertEquals((byte) -128, b.get());
            assertEquals((short) 1001, h.get());
            assertEquals('z', u.get());
            assertEquals(1.5f, f.get());
            assertEquals("child", new String(c.value(), US_ASCII));
            assertArrayEquals("child\0's".getBytes(US_ASCII), c.toArray(), "one zero byte ends the value; the rest stays");
            assertArrayEquals(new short[] {0, 0, 1}, hs.toArray(), "the child's slice is a view of the parent's array");
            assertEquals("from the child", us.value());
            assertArrayEquals(new float[] {1.5f, 2.5f, 0f}, fs.toArray());
        }
    }

    /**
     * Python: {@code a = Value('i', 0, lock=l); b = Value('i', 0, lock=l)} passed to a child: the
     * child holding {@code a.get_lock()} holds {@code b}'s too, for it is the one lock {@code l}.
     */
    @Test
    void valuesSharingALockCrossToAChildWithThatLock() throws Exception {
        try (Lock lock = Lock.create(); IntValue a = IntValue.create(0, lock); IntValue b = IntValue.create(0, lock);
                Event held = Event.create(); Event release = Event.create()) {
            Process p = child(KindsTask.task("hold-shared-lock", a, b, held, release));
            p.start();
            assertTrue(held.await(CHILD_LIMIT), "the child never took the lock");
            assertTrue(lock.isLocked());
            assertFalse(b.getLock().tryAcquire(), "b's lock is the one the child holds through a");
            release.set();
            p.join();
            assertEquals(OptionalInt.of(0), p.exitCode());
            assertEquals(1, b.get());
            assertFalse(lock.isLocked());
        }
    }
}
