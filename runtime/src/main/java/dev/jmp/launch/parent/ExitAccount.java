package dev.jmp.launch.parent;

import dev.jmp.link.Exiting;
import dev.jmp.link.Frame;
import dev.jmp.link.Goodbye;

/**
 * What is known of how one child ended, beyond its raw exit status: the signal its parent sent,
 * and what the child itself said on its control channel ({@link Goodbye} after its task,
 * {@link Exiting} when its exit began, with the signal that began it). {@link ExitStatus} needs
 * both to tell a signal from an exit code above 128.
 */
final class ExitAccount {

    private volatile Integer goodbye;
    private volatile boolean exiting;
    /** The signal that made the child exit, by its own account; 0 if none or not said. */
    private volatile int signalReceived;
    private volatile int signalSent;

    /** Notes what {@code frame} from the child says of its end, if anything. */
    void heard(Frame frame) {
        if (frame instanceof Goodbye g) {
            goodbye = g.exitCode();
        } else if (frame instanceof Exiting e) {
            signalReceived = e.signal();
            exiting = true;
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
