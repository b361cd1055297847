package dev.jmp.pool;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.base.Deadline;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;

/** {@link ProcessPoolExecutorTest}'s verbs on an executor of the thread context. */
class ThreadExecutorTest extends ProcessPoolExecutorTest {

    private static final String KIND = "ThreadProcess-";

    @Override
    Context context() {
        return Multiprocessing.dummy();
    }

    /** The workers of an earlier test's executor end once it is closed; they may still be on their way. */
    @BeforeEach
    void earlierWorkersGone() throws InterruptedException {
        assertTrue(workersGone());
    }

    @Override
    long workers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(KIND)).count();
    }

    /** A stopped thread ends when its task answers the interrupt, soon after. */
    @Override
    boolean workersGone() throws InterruptedException {
        return Deadline.await(Duration.ofSeconds(60), () -> workers() == 0);
    }
}
