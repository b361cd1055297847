package dev.jmp.processor;

import static com.google.common.truth.Truth.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the generated chunk code of the fixtures: factories called while a map captures write
 * their arguments into one buffer ({@code writeArguments}), and the entry's {@code runChunk} loop
 * reads them back, runs each task and hands each outcome to its {@code ChunkRun}, here one that
 * records what it is told, as a worker's does.
 */
class ChunkLoopTest {

    private static LoadedFixtures fixtures;

    @BeforeAll
    static void compile() {
        fixtures = LoadedFixtures.compileGood();
    }

    @Test
    void aChunkRunsEveryTaskInOrderAndItsResultsDecodeWhereTheyLie() throws Throwable {
        byte[] chunk = capture("Greeter", "square", new Object[] {1}, new Object[] {2}, new Object[] {3}, new Object[] {4});
        Recording run = run("Greeter_square_Entry", chunk, 0, 4);
        assertThat(run.results).containsExactly(1, 4, 9, 16).inOrder();
        assertThat(run.failures).isEmpty();
    }

    @Test
    void theSameObjectIsWrittenOnceAndReadAsOneObjectButAnEqualOneIsNot() throws Throwable {
        String shared = "x".repeat(1024);
        String equal = new String(shared);
        byte[] chunk = capture("Shapes", "text", new Object[] {shared}, new Object[] {shared}, new Object[] {equal},
                new Object[] {shared});
        Recording run = run("Shapes_text_Entry", chunk, 0, 4);
        assertThat(run.results).containsExactly(shared, shared, shared, shared);
        assertThat(run.remembered).hasSize(2);
        assertThat(run.recalls).isEqualTo(2);
        assertThat(chunk.length).isLessThan(3 * 1024); // two copies of the text, not four
    }

    @Test
    void aTaskThatThrowsInTheMiddleFailsAloneAndTheOthersRun() throws Throwable {
        byte[] chunk = capture("Shapes", "count", new Object[] {new String[] {"a"}}, new Object[] {null},
                new Object[] {new String[] {"b", "c"}});
        Recording run = run("Shapes_count_Entry", chunk, 0, 3);
        assertThat(run.results).containsExactly(1, null, 2).inOrder();
        assertThat(run.failures.keySet()).containsExactly(1);
        assertThat(run.failures.get(1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void tasksBeforeThePartGivenAreReadForTheMemoOnly() throws Throwable {
        String shared = "shared";
        byte[] chunk = capture("Shapes", "text", new Object[] {shared}, new Object[] {shared}, new Object[] {"other"});
        Recording run = run("Shapes_text_Entry", chunk, 1, 3);
        assertThat(run.results).containsExactly(null, "shared", "other").inOrder();
        assertThat(run.ran).containsExactly(1, 2).inOrder();
    }

    @Test
    void argumentsThatCannotBeReadFailTheirTaskAndTheNextOneStillRuns() throws Throwable {
        byte[] chunk = capture("Greeter", "square", new Object[] {5}, new Object[] {6});
        byte[] shortened = chunk.clone();
        shortened[3] = 2; // task 0 claims 2 bytes of arguments: its int cannot be read within them
        byte[] withGap = new byte[chunk.length - 2];
        System.arraycopy(shortened, 0, withGap, 0, 6);
        System.arraycopy(shortened, 8, withGap, 6, chunk.length - 8);
        Recording run = run("Greeter_square_Entry", withGap, 0, 2);
        assertThat(run.failures.keySet()).containsExactly(0);
        assertThat(run.results).containsExactly(null, 36).inOrder();
    }

    /** The chunk of the tasks that {@code Owner}Tasks.{@code factory} makes for each argument list. */
    private static byte[] capture(String owner, String factory, Object[]... arguments) throws Throwable {
        Class<?> captureType = fixtures.load("dev.jmp.internal.task.ArgumentCapture");
        Class<?> tasks = fixtures.load("dev.jmp.internal.task.Tasks");
        Class<?> taskType = fixtures.load("dev.jmp.Task");
        Object capture = captureType.getMethod("open", int.class).invoke(null, arguments.length);
        Object last = null;
        try {
            for (int i = 0; i < arguments.length; i++) {
                captureType.getMethod("arm", int.class).invoke(capture, i);
                Object task = fixtures.callStatic("com.example." + owner + "Tasks", factory, arguments[i]);
                last = captureType.getMethod("settle", taskType).invoke(capture, task);
            }
        } finally {
            captureType.getMethod("close").invoke(capture);
        }
        Object chunk = tasks.getMethod("chunkOf", taskType).invoke(null, last);
        assertThat(chunk).isNotNull();
        Object call = chunk.getClass().getMethod("call", int.class, int.class).invoke(chunk, 0, arguments.length);
        byte[] buffer = (byte[]) call.getClass().getMethod("arguments").invoke(call);
        int offset = (int) call.getClass().getMethod("offset").invoke(call);
        int length = (int) call.getClass().getMethod("length").invoke(call);
        return Arrays.copyOfRange(buffer, offset, offset + length);
    }

    private static Recording run(String entryName, byte[] chunk, int from, int to) throws Throwable {
        Object entry = fixtures.entry(entryName);
        Recording recording = new Recording(entry, chunk, from, to);
        Class<?> runType = fixtures.load("dev.jmp.internal.ChunkRun");
        Object run = Proxy.newProxyInstance(runType.getClassLoader(), new Class<?>[] {runType},
                (proxy, method, args) -> recording.handle(method, args));
        entry.getClass().getMethod("runChunk", runType).invoke(entry, run);
        return recording;
    }

    /** A {@code ChunkRun} that reads the chunk's format and records each outcome, decoded. */
    private static final class Recording {
        final List<Object> results = new ArrayList<>();
        final Map<Integer, Throwable> failures = new HashMap<>();
        final List<Object> remembered = new ArrayList<>();
        final List<Integer> ran = new ArrayList<>();
        int recalls;
        private final Object entry;
        private final Object in;
        private final Class<?> inType;
        private final int from;
        private final int to;
        private int end;
        private Object out;

        Recording(Object entry, byte[] chunk, int from, int to) throws ReflectiveOperationException {
            this.entry = entry;
            this.inType = fixtures.load("dev.jmp.internal.WireInput");
            this.in = inType.getConstructor(byte[].class).newInstance((Object) chunk);
            this.from = from;
            this.to = to;
        }

        Object handle(Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "count":
                    return to;
                case "arguments":
                    return in;
                case "next": {
                    int length = (int) inType.getMethod("readInt").invoke(in);
                    end = (int) inType.getMethod("position").invoke(in) + length;
                    out = null;
                    results.add(null);
                    return (int) args[0] >= from;
                }
                case "remember":
                    remembered.add(args[0]);
                    return args[0];
                case "recall":
                    recalls++;
                    return remembered.get((int) args[0]);
                case "result":
                    out = fixtures.load("dev.jmp.internal.WireOutput").getConstructor().newInstance();
                    return out;
                case "done": {
                    int index = (int) args[0];
                    if ((int) inType.getMethod("position").invoke(in) != end) { // as a worker's run does
                        inType.getMethod("seek", int.class).invoke(in, end);
                        failures.put(index, new IllegalStateException("arguments not read to their end"));
                    } else if (index >= from) {
                        ran.add(index);
                        byte[] bytes = (byte[]) out.getClass().getMethod("toByteArray").invoke(out);
                        byte[] padded = new byte[bytes.length + 3];
                        System.arraycopy(bytes, 0, padded, 3, bytes.length);
                        Method decode = entry.getClass().getMethod("decodeResult", byte[].class, int.class, int.class);
                        results.set(index, decode.invoke(null, padded, 3, bytes.length));
                    }
                    return null;
                }
                case "failed":
                    inType.getMethod("seek", int.class).invoke(in, end);
                    failures.put((int) args[0], (Throwable) args[1]);
                    return null;
                default:
                    throw new AssertionError("unexpected " + method + " " + Arrays.toString(args));
            }
        }
    }
}
