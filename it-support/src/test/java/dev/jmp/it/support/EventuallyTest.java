package dev.jmp.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A condition looked at until it holds; a limit passed says what did not happen; a failing look is thrown. */
class EventuallyTest {

    @Test
    void returnsOnceTheConditionHolds() throws Exception {
        AtomicInteger looks = new AtomicInteger();
        Eventually.await(Duration.ofMinutes(10), () -> looks.incrementAndGet() == 3, "the third look");
        assertEquals(3, looks.get());
    }

    @Test
    void aLimitPassedNamesWhatDidNotHappen() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> Eventually.await(Duration.ZERO, () -> false, "the member ended"));
        assertEquals("not within 0 s: the member ended", e.getMessage());
    }

    @Test
    void whatALookThrowsIsThrown() {
        IOException failure = new IOException("unreadable");
        IOException e = assertThrows(IOException.class, () -> Eventually.await(Duration.ofMinutes(10), () -> {
            throw failure;
        }, "a readable file"));
        assertSame(failure, e);
    }
}
