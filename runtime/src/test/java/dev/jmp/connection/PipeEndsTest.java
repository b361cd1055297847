package dev.jmp.connection;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.shm.SharedMemoryIsolation;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedMemoryIsolation.class)
class PipeEndsTest {

    @Test
    void anEndNobodyOpenedIsNeitherClosedNorGone() {
        PipeEnds ends = new PipeEnds(PipeEnds.newWords());
        assertFalse(ends.isClosed(1));
        assertFalse(ends.isGone(1));
        ends.words().close();
    }

    @Test
    void anEndIsClosedOnceEveryHolderClosedIt() {
        PipeEnds ends = new PipeEnds(PipeEnds.newWords());
        int first = ends.open(1);
        int second = ends.open(1);
        ends.close(1, first);
        assertFalse(ends.isClosed(1), "one holder is left");
        assertFalse(ends.isGone(1));
        ends.close(1, second);
        assertTrue(ends.isClosed(1));
        assertTrue(ends.isGone(1));
        assertFalse(ends.isClosed(0), "the other end is another matter");
        ends.words().close();
    }

    @Test
    void anEndWhoseOnlyHolderDiedIsGoneButNotClosed() {
        PipeEnds ends = new PipeEnds(PipeEnds.newWords());
        int slot = ends.open(0);
        long deadPid = LongStream.range(4_000_000, 4_194_303)
                .filter(pid -> ProcessHandle.of(pid).isEmpty()).findFirst().orElseThrow();
        ends.words().setVolatile(slot, deadPid); // as if a process that has ended had opened it
        assertFalse(ends.isClosed(0));
        assertTrue(ends.isGone(0));
        assertFalse(ends.isGone(1));
        ends.words().close();
    }
}
