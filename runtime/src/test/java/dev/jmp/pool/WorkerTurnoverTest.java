package dev.jmp.pool;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.Multiprocessing;
import org.junit.jupiter.api.Test;

/**
 * What a pool's maker learns from waiting for its first worker: a pool that broke before any
 * worker's process was up throws from its constructor; one that broke after is returned, whichever
 * the waiting thread saw first (it may wake only once both happened).
 */
class WorkerTurnoverTest {

    private static PoolState state() {
        return new PoolState(PoolConfig.of("Pool", 1, null, 0, Multiprocessing.defaultContext(), "SpawnPoolWorker",
                false), 1, 1);
    }

    @Test
    void aPoolThatBrokeAfterAWorkerCameUpIsReturnedToItsMaker() throws Exception {
        PoolState state = state();
        assertTrue(state.turnover.reserve());
        state.turnover.started();
        state.breakPool(new BrokenPoolException("[jmp.pool.initializer-failed] the initializer failed", null));
        assertNull(state.turnover.awaitStarted(), "the maker gets the pool; its first use reports the failure");
    }

    @Test
    void aPoolThatBrokeBeforeAnyWorkerCameUpMakesItsMakerThrow() throws Exception {
        PoolState state = state();
        assertTrue(state.turnover.reserve());
        BrokenPoolException reason = new BrokenPoolException("[jmp.pool.launch-failed] no java", null);
        state.breakPool(reason);
        assertSame(reason, state.turnover.awaitStarted());
    }
}
