package dev.jmp.launch.parent;

import dev.jmp.link.Exiting;
import dev.jmp.link.Frame;
import dev.jmp.link.Goodbye;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What is known of how one child ended, beyond its raw exit status: the signal its parent sent,
 * and what the child itself said on its control channel ({@link Goodbye} after its task,
 * {@link Exiting} when its exit began, with the signal that began it). {@link ExitStatus} needs
 * both to tell a signal from an exit code above 128, and the channel's end, so that all the child
 * said is heard before its end is decoded.
 */
final class ExitAccount {

    /** How long a dead child's last frames may take to be read, at most. */
    private static final long LAST_FRAMES_MILLIS = 2_000;

    private volatile Integer goodbye;
    private volatile boolean exiting;
    /** The signal that made the child exit, by its own account; 0 if none or not said. */
    private volatile int signalReceived;
    private volatile int signalSent;
    /** Counted down when the child's control channel has ended: every frame it sent was heard. */
    private final CountDownLatch channelClosed = new CountDownLatch(1);

    /** Notes what {@code frame} from the child says of its end, if anything. */
    void heard(Frame frame) {
        if (frame instanceof Goodbye g) {
            goodbye = g.exitCode();
        } else if (frame instanceof Exiting e) {
            signalReceived = e.signal();
            exiting = true;
        }
    }

    /** The child's control channel ended: nothing more will be heard. */
    void channelClosed() {
        channelClosed.countDown();
    }

    /** Whether the child's control channel has ended. */
    boolean channelEnded() {
        return channelClosed.getCount() == 0;
    }

    /**
     * Once the process is gone: lets the channel's reader take the frames still in it before its
     * end counts (the kernel closed the channel at the death, so this is short), since what the
     * child said of its end decides the exit code: a {@code System.exit(143)} it announced is 143,
     * the same status unannounced is SIGTERM's -15. The process's death can be seen before the
     * reader has read the child's last frame. Nothing to wait for if it never {@code connected}.
     */
    void awaitLastFrames(boolean connected) {
        if (connected && !channelEnded()) {
            try {
                channelClosed.await(LAST_FRAMES_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // what has been read counts
            }
        }
    }

    /** The parent sent signal {@code signal} (15 or 9). */
    void sent(int signal) {
        signalSent = signal;
    }

    /** Python's exit code for the raw status {@code raw}. */
    int exitCode(int raw) {
        // Either may have ended it: a SIGKILL from the parent while an outsider's SIGTERM runs the hooks.
        int signal = raw - 128 == signalReceived ? signalReceived : signalSent;
        return ExitStatus.decode(raw, signal, exiting || goodbye != null);
    }

    /** Whether neither side accounts for the end: no signal sent, no goodbye, no exit announced. */
    boolean unaccounted() {
        return signalSent == 0 && goodbye == null && !exiting;
    }
}
