package dev.jmp.pool.callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.Task;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.internal.task.Tasks;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The worker's side of a serialized callable: what its filter admits, and what it refuses. */
class SerializedCallablesTest {

    /** A callable of the test's own that holds a value of a class outside the JDK's value types. */
    record Fetch(URI where) implements Callable<String>, Serializable {
        @Override
        public String call() {
            return where.getHost();
        }
    }

    private static byte[] run(byte[] arguments) throws Exception {
        byte[] result = new SerializedCallableEntry().invoke(arguments);
        return result;
    }

    private static List<String> names(byte[] arguments) {
        WireInput in = new WireInput(arguments);
        return new ArrayList<>(SerializedCallables.readNames(in));
    }

    /** The arguments of {@code code} serialized with only {@code admitted} listed, as a tampered frame would. */
    private static byte[] listing(Object code, List<String> admitted) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(code);
        }
        WireOutput arguments = new WireOutput();
        arguments.writeInt(admitted.size());
        admitted.forEach(arguments::writeString);
        arguments.writeBytes(bytes.toByteArray());
        return arguments.toByteArray();
    }

    @Test
    void whatTheSenderWroteIsListedAndTheWorkerRunsIt() throws Exception {
        Task<String> task = SerializedCallables.task(new Fetch(URI.create("https://example.org/x")));
        byte[] arguments = Tasks.call(task).arguments();
        assertTrue(names(arguments).containsAll(List.of(Fetch.class.getName(), "java.net.URI")), names(arguments).toString());
        assertEquals("example.org", Tasks.decode(task, run(arguments)));
        assertEquals("Callable " + Fetch.class.getName(), Tasks.call(task).description());
    }

    @Test
    void aClassTheSenderDidNotListIsRefusedBeforeItIsBuilt() throws Exception {
        Fetch fetch = new Fetch(URI.create("https://example.org"));
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> run(listing(fetch, List.of(Fetch.class.getName()))));
        assertTrue(missing.getMessage().startsWith("[jmp.pool.callable-refused] a serialized callable was refused by"
                + " the input filter (the class java.net.URI, not admitted)"), missing.getMessage());
        IllegalStateException own = assertThrows(IllegalStateException.class,
                () -> run(listing(fetch, List.of("java.net.URI"))));
        assertTrue(own.getMessage().contains("(the class " + Fetch.class.getName() + ", not admitted)"),
                own.getMessage());
    }

    @Test
    void aLambdaIsAdmittedOnlyWithTheClassThatDeclaresIt() throws Exception {
        int captured = 6;
        Callable<Integer> lambda = (Callable<Integer> & Serializable) () -> captured * 7;
        Task<Integer> task = SerializedCallables.task(lambda);
        byte[] arguments = Tasks.call(task).arguments();
        assertEquals(42, Tasks.decode(task, run(arguments)));
        List<String> withoutDeclarer = names(arguments);
        withoutDeclarer.remove(SerializedCallablesTest.class.getName());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> run(listing(lambda, withoutDeclarer)));
        assertTrue(e.getMessage().startsWith("[jmp.pool.callable-refused]"), e.getMessage());
    }

    @Test
    void somethingThatIsNoCallableIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> run(listing(new ArrayList<>(Set.of("x")), List.of("java.util.ArrayList"))));
        assertTrue(e.getMessage().startsWith("[jmp.pool.callable-refused] the serialized callable is a"
                + " java.util.ArrayList, not a Callable"), e.getMessage());
    }
}
