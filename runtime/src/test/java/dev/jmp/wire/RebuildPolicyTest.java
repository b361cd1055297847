package dev.jmp.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.jmp.codec.CodecException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** What a failure from another process is rebuilt as: a fixed set of classes as themselves, anything else as a stand-in. */
class RebuildPolicyTest {

    static final AtomicBoolean TRIPPED = new AtomicBoolean();
    private static final StackTraceElement FRAME = new StackTraceElement("com.example.Ledger", "post", "Ledger.java", 12);

    /** A public exception with a message constructor, whose loading would be noticed. */
    public static final class Tripwire extends RuntimeException {
        static {
            TRIPPED.set(true);
        }

        public Tripwire(String message) {
            super(message);
            TRIPPED.set(true);
        }
    }

    /** What the caller makes of a class the policy does not rebuild. */
    static final class StandIn extends RuntimeException {
        final String remoteClass;

        StandIn(String remoteClass, String message, Throwable cause) {
            super(remoteClass + ": " + message, cause);
            this.remoteClass = remoteClass;
        }
    }

    private static Throwable rebuild(RemoteFailure failure, Class<?>... declared) {
        return RebuildPolicy.rebuild(failure, List.of(declared), StandIn::new);
    }

    private static RemoteFailure failure(String className, String message, RemoteFailure cause) {
        return new RemoteFailure(className, message, List.of(FRAME), cause);
    }

    @Test
    void everydayJdkExceptionsComeBackAsThemselvesWithCauseAndStack() {
        Throwable t = rebuild(failure(IllegalStateException.class.getName(), "outer",
                failure(ArithmeticException.class.getName(), "/ by zero", null)));
        assertInstanceOf(IllegalStateException.class, t);
        assertEquals("outer", t.getMessage());
        assertEquals(FRAME, t.getStackTrace()[0]);
        assertInstanceOf(ArithmeticException.class, t.getCause());
        assertEquals("/ by zero", t.getCause().getMessage());
    }

    @Test
    void checkedOnesOnlyWhenTheCalledMethodDeclaresThem() {
        RemoteFailure io = failure(IOException.class.getName(), "disk", null);
        assertInstanceOf(StandIn.class, rebuild(io));
        assertInstanceOf(IOException.class, rebuild(io, IOException.class));
    }

    /** An application's checked exception, which a called method may declare. */
    public static class Declared extends Exception {
        public Declared(String message) {
            super(message);
        }
    }

    /** A subclass the method does not name. */
    public static final class Undeclared extends Declared {
        public Undeclared(String message) {
            super(message);
        }
    }

    @Test
    void anApplicationClassComesBackAsItselfOnlyWhenTheMethodDeclaresExactlyIt() {
        Throwable t = rebuild(failure(Declared.class.getName(), "no funds", null), Declared.class);
        assertSame(Declared.class, t.getClass());
        assertEquals("no funds", t.getMessage());
        assertEquals(FRAME, t.getStackTrace()[0]);
        assertInstanceOf(StandIn.class, rebuild(failure(Undeclared.class.getName(), "x", null), Declared.class),
                "a subclass would be a class the peer chose");
        assertInstanceOf(StandIn.class, rebuild(failure(Declared.class.getName(), "x", null)));
    }

    @Test
    void jmpsOwnExceptionsComeBackAsThemselves() {
        Throwable t = rebuild(failure(CodecException.class.getName(), "[jmp.codec.corrupt] bad", null));
        assertSame(CodecException.class, t.getClass());
        assertEquals("[jmp.codec.corrupt] bad", t.getMessage());
    }

    @Test
    void anApplicationClassIsNeverInstantiatedOrEvenInitializedByItsName() {
        Throwable t = rebuild(failure(Tripwire.class.getName(), "boom", null));
        StandIn standIn = assertInstanceOf(StandIn.class, t);
        assertEquals(Tripwire.class.getName(), standIn.remoteClass);
        assertEquals(FRAME, t.getStackTrace()[0]);
        assertFalse(TRIPPED.get(), "a class named by the peer ran code here");

        Throwable app = rebuild(failure("com.example.LedgerException", "out of balance",
                failure(IllegalArgumentException.class.getName(), "negative", null)));
        assertEquals("com.example.LedgerException", assertInstanceOf(StandIn.class, app).remoteClass);
        assertInstanceOf(IllegalArgumentException.class, app.getCause(), "its causes follow the same rule");
    }

    @Test
    void aNameThatIsNoThrowableOrNoClassAtAllIsAStandIn() {
        assertInstanceOf(StandIn.class, rebuild(failure("java.lang.ProcessBuilder", "x", null)));
        assertInstanceOf(StandIn.class, rebuild(failure("dev.jmp.NoSuchThing", null, null)));
        assertNull(rebuild(failure("dev.jmp.NoSuchThing", null, null)).getCause());
    }
}
