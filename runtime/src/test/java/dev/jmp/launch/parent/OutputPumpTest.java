package dev.jmp.launch.parent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class OutputPumpTest {

    /** More than a pipe holds (64 KiB on Linux), so a pump that stopped reading would block the child. */
    private static final int LINES = 20_000;

    private static ByteArrayInputStream childOutput() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < LINES; i++) {
            text.append("line ").append(i).append('\n');
        }
        return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A parent whose {@code System.out} is null (as Python's is under {@code pythonw}, where a
     * child's output goes nowhere) still drains the child's output, so the child never blocks on a
     * full pipe; the lines are dropped, and the last ones kept for a failure report.
     */
    @Test
    void aNullTargetDropsTheLinesButReadsThemAll() throws Exception {
        ByteArrayInputStream child = childOutput();
        OutputPump pump = OutputPump.start(child, () -> null, "test-pump", true);
        assertTrue(pump.awaitEnd(60_000), "the pump is still reading");
        assertEquals(0, child.available(), "the pump stopped reading before the end of the child's output");
        assertEquals("line " + (LINES - 1), pump.tail().get(pump.tail().size() - 1));
    }

    @Test
    void theTargetIsLookedUpPerLineSoLinesWrittenWhileItIsNullAreOnlyKeptInTheTail() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
        AtomicReference<PrintStream> target = new AtomicReference<>();
        ByteArrayInputStream child = new ByteArrayInputStream("dropped\n".getBytes(StandardCharsets.UTF_8));
        OutputPump first = OutputPump.start(child, target::get, "test-pump", true);
        assertTrue(first.awaitEnd(60_000));
        target.set(out);
        OutputPump second = OutputPump.start(new ByteArrayInputStream("kept\n".getBytes(StandardCharsets.UTF_8)),
                target::get, "test-pump", true);
        assertTrue(second.awaitEnd(60_000));
        assertEquals("kept\n", captured.toString(StandardCharsets.UTF_8));
        assertEquals(List.of("dropped"), first.tail());
    }
}
