package dev.jmp.launch.parent;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.base.Deadline;
import dev.jmp.internal.TaskCall;
import dev.jmp.link.FrameChannel;
import dev.jmp.link.Hello;
import java.lang.ref.WeakReference;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A finished child's control channel is let go: a program keeps its finished {@code Process}es as
 * long as it likes, and each must not keep its channel's buffers (tens of kilobytes) with it.
 */
class ChildProcessChannelTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Test
    void aProcessChildLetsItsChannelGoOnceItCloses() throws Exception {
        ChildProcess child = new ChildProcess(new ChildSpec("Process-1", false, List.of(),
                new TaskCall("a.B_c_Entry", new byte[] {1}, "B.c")));
        WeakReference<FrameChannel> channel = connect(child); // answered: the assignment went on it

        child.closed();

        assertTrue(collected(channel), "the closed channel is still held by the finished child");
    }

    @Test
    void aSpareThatDiesUnclaimedLetsItsChannelGo() throws Exception {
        ChildProcess spare = ChildProcess.spare("spare-1");
        WeakReference<FrameChannel> channel = connect(spare); // kept to answer a claim

        spare.closed();

        assertTrue(collected(channel), "the closed channel is still held by the dead spare");
    }

    /** Connects {@code child} on a new channel, of which the caller keeps only a weak reference. */
    private static WeakReference<FrameChannel> connect(ChildProcess child) {
        FrameChannel channel = new FrameChannel(new Sink(), 1 << 16);
        child.connected(new Hello("token", 1), channel);
        return new WeakReference<>(channel);
    }

    private static boolean collected(WeakReference<?> reference) throws InterruptedException {
        return Deadline.await(LIMIT, () -> {
            System.gc();
            return reference.get() == null;
        });
    }

    /** A channel whose writes go nowhere; nothing is read from it. */
    private static final class Sink implements ByteChannel {
        @Override
        public int read(ByteBuffer dst) {
            return -1;
        }

        @Override
        public int write(ByteBuffer src) {
            int n = src.remaining();
            src.position(src.limit());
            return n;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {}
    }
}
