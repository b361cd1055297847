package dev.jmp.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.internal.SharedObjects;
import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.sync.Condition;
import dev.jmp.sync.Lock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedMemoryIsolation.class)
class HandleTest {

    @Test
    void aHandleIsSmallAndNamesTheSameMemory() {
        try (IntArray array = IntArray.create(1000)) {
            WireOutput out = new WireOutput();
            SharedObjects.write(out, array.slice(10, 20));
            assertTrue(out.size() < 200, "handle of " + out.size() + " bytes");
            try (IntArray slice = SharedObjects.read(new WireInput(out.toByteArray()), IntArray.class)) {
                assertEquals(10, slice.length());
                slice.set(0, 5);
                assertEquals(5, array.get(10));
                assertTrue(slice.isSynchronized());
            }
        }
    }

    @Test
    void aHandleOfAnotherTypeIsRefused() {
        try (IntValue value = IntValue.createRaw(1)) {
            WireFormatException e = assertThrows(WireFormatException.class,
                    () -> Handles.decode(Handles.encode(value), LongValue.class));
            assertTrue(e.getMessage().contains("where a dev.jmp.shm.LongValue was expected"), e.getMessage());
        }
    }

    @Test
    void aHandleCannotNameAnArbitraryClassOrFile() {
        WireOutput out = new WireOutput();
        out.writeString("java.lang.Runtime");
        assertThrows(WireFormatException.class, () -> SharedObjects.read(new WireInput(out.toByteArray()), Object.class));

        WireOutput path = new WireOutput();
        path.writeString(IntValue.class.getName());
        path.writeString("../../etc/passwd");
        path.writeInt(64);
        path.writeInt(4);
        path.writeBoolean(false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SharedObjects.read(new WireInput(path.toByteArray()), IntValue.class));
        assertTrue(e.getMessage().startsWith("[jmp.shm.bad-handle]"), e.getMessage());
    }

    @Test
    void aHandleToAClosedSegmentSaysWhatHappened() {
        IntValue value = IntValue.createRaw(1);
        String handle = Handles.encode(value);
        value.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Handles.decode(handle, IntValue.class));
        assertTrue(e.getMessage().startsWith("[jmp.shm.segment-gone]"), e.getMessage());
    }

    @Test
    void compositeObjectsCarryTheirParts() {
        try (Lock lock = Lock.create(); Condition condition = Condition.create(lock);
                Condition copy = Handles.decode(Handles.encode(condition), Condition.class)) {
            lock.acquire();
            copy.signalAll(); // would throw if `copy` were bound to another lock
            lock.release();
        }
    }
}
