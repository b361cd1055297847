package dev.jmp.processor;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Shared-memory objects as task parameters and results: they cross as handles, so the task
 * changes the caller's object and a returned object is the same memory. The objects are made
 * through the fixtures' own copy of the runtime, as a child JVM would have it.
 */
class SharedHandleTest {

    private static LoadedFixtures fixtures;

    @BeforeAll
    static void compile() {
        fixtures = LoadedFixtures.compileGood();
    }

    private static Object intValue(int initial) throws Throwable {
        return fixtures.load("dev.jmp.shm.IntValue").getMethod("create", int.class).invoke(null, initial);
    }

    private static Object call(Object target, String method, Object... arguments) throws Exception {
        for (var m : target.getClass().getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == arguments.length) {
                return m.invoke(target, arguments);
            }
        }
        throw new AssertionError("no " + method + " on " + target.getClass());
    }

    @Test
    void aTaskWritesThroughTheHandleIntoTheCallersMemory() throws Throwable {
        Object counter = intValue(41);
        Object lock = fixtures.callStatic("dev.jmp.sync.Lock", "create");
        try {
            assertThat(fixtures.roundTrip("Counters_bump_Entry", counter, lock)).isEqualTo(42);
            assertThat(call(counter, "get")).isEqualTo(42);
        } finally {
            call(counter, "close");
            call(lock, "close");
        }
    }

    @Test
    void aReturnedSharedObjectIsTheSameMemoryAndNullStaysNull() throws Throwable {
        Object counter = intValue(7);
        try {
            Object back = fixtures.roundTrip("Counters_same_Entry", counter);
            call(back, "set", 8);
            assertThat(call(counter, "get")).isEqualTo(8);
            assertThat(fixtures.roundTrip("Counters_same_Entry", (Object) null)).isNull();
        } finally {
            call(counter, "close");
        }
    }

    @Test
    void sharedObjectsNestInCollections() throws Throwable {
        Object a = intValue(1);
        Object b = intValue(2);
        try {
            assertThat(fixtures.roundTrip("Counters_total_Entry", List.of(a, b))).isEqualTo(3);
        } finally {
            call(a, "close");
            call(b, "close");
        }
    }

    /** The shm kinds of every typecode cross as handles like IntValue: the task changes the caller's memory. */
    @Test
    void aTaskWritesIntoCharArraysShortValuesAndFloatValues() throws Throwable {
        Object label = fixtures.load("dev.jmp.shm.CharArray").getMethod("createRaw", char[].class)
                .invoke(null, (Object) "first label".toCharArray());
        Object generation = fixtures.callStatic("dev.jmp.shm.ShortValue", "createRaw", (short) 7);
        Object weight = fixtures.callStatic("dev.jmp.shm.FloatValue", "createRaw", 1f);
        try {
            assertThat(fixtures.roundTrip("Counters_relabel_Entry", label, generation, weight)).isEqualTo("first label");
            assertThat(call(label, "value")).isEqualTo("renamed");
            assertThat(call(generation, "get")).isEqualTo((short) 8);
            assertThat(call(weight, "get")).isEqualTo(1.5f);
        } finally {
            call(label, "close");
            call(generation, "close");
            call(weight, "close");
        }
    }
}
