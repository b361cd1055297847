package dev.jmp.manager.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.jmp.manager.RemoteException;
import dev.jmp.manager.SyncManager;
import dev.jmp.wire.RemoteFailure;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which remote exceptions are rebuilt as their own type, and what the others become. */
class FailuresTest {

    @BeforeAll
    static void installTheApi() {
        new SyncManager(); // its class gives the local backend the API's exception types
    }

    @Test
    void anExceptionThatCannotBeRebuiltNamesTheRemoteClass() {
        StackTraceElement frame = new StackTraceElement("com.example.Ledger", "post", "Ledger.java", 12);
        RemoteFailure missing = new RemoteFailure("com.example.LedgerException", "out of balance", List.of(frame), null);
        RemoteException e = assertInstanceOf(RemoteException.class, Failures.rebuild(missing, new Class<?>[0], "SyncManager-9"));
        assertEquals("[jmp.manager.remote] com.example.LedgerException: out of balance (raised in SyncManager-9)", e.getMessage());
        assertEquals("com.example.LedgerException", e.remoteClassName());
        assertEquals(frame, e.getStackTrace()[0]);

        RemoteFailure undeclared = new RemoteFailure(IOException.class.getName(), "disk", List.of(frame), missing);
        Throwable t = Failures.rebuild(undeclared, new Class<?>[0], "SyncManager-9");
        assertInstanceOf(RemoteException.class, t, "a checked exception the method does not declare");
        assertInstanceOf(RemoteException.class, t.getCause());
        assertInstanceOf(IOException.class, Failures.rebuild(undeclared, new Class<?>[] {IOException.class}, "x"));
    }
}
