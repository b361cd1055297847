package dev.jmp.sync.primitive;

/** One wait recorded in this process's wait table; {@link #close} it when the thread stops waiting. */
final class RecordedWait implements AutoCloseable {

    private final Runnable clear;

    RecordedWait(Runnable clear) {
        this.clear = clear;
    }

    @Override
    public void close() {
        clear.run();
    }
}
