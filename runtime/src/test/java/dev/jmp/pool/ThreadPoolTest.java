package dev.jmp.pool;

/** {@link PoolTest}'s verbs on a {@link ThreadPool}: the same results, callbacks and exceptions. */
class ThreadPoolTest extends PoolTest {

    @Override
    Pool newPool() {
        return new ThreadPool(2);
    }

    @Override
    String workerKind() {
        return "ThreadPoolWorker";
    }
}
