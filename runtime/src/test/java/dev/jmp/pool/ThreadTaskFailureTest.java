package dev.jmp.pool;

/** {@link TaskFailureTest} on a {@link ThreadPool}: a thread's failures reach the caller as a process's do. */
class ThreadTaskFailureTest extends TaskFailureTest {

    @Override
    Pool newPool() {
        return new ThreadPool(1);
    }

    @Override
    String workerFrame() {
        return "dev.jmp.backend.ThreadTasks";
    }
}
