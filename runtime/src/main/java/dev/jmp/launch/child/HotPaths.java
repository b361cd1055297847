package dev.jmp.launch.child;

import dev.jmp.base.Deadline;
import dev.jmp.base.RuntimeDirectories;
import dev.jmp.codec.Codec;
import dev.jmp.codec.Codecs;
import dev.jmp.internal.TaskCall;
import dev.jmp.internal.TaskEntry;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.link.FrameChannel;
import dev.jmp.link.RunTasks;
import dev.jmp.link.TaskResults;
import dev.jmp.memory.SharedWords;
import dev.jmp.ring.RecordQueue;
import dev.jmp.spi.Outcome;
import dev.jmp.sync.primitive.EventLayout;
import dev.jmp.sync.primitive.EventWord;
import dev.jmp.sync.primitive.LockLayout;
import dev.jmp.sync.primitive.OwnerWord;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * jmp's own hot paths, run on objects nobody else sees, so that the JIT compiles them before a
 * task needs them: control frames through a {@link FrameChannel}, the built-in codecs, a worker's
 * task loop (an entry's invoke, its outcome, the progress file), a lock's owner word, an event, and
 * the record queue under every {@code Queue} and {@code Pipe}. The paths below the user types:
 * those are thin and compile with them.
 *
 * <p>A round makes its objects, runs every path a number of times and removes them again. They
 * live in a private directory, the parent's (mode 0700), not in the shared-memory directory, so
 * that a child killed mid-round leaves nothing where other programs look: the parent removes the
 * directory when it exits, and the next runtime when the parent was killed too. Only the thread
 * that runs the round puts its objects there; a task running beside it is not affected.
 */
final class HotPaths {

    /** A square, as the processor writes entries: the path of every pool task. */
    private static final TaskEntry SQUARE = arguments -> {
        WireInput in = new WireInput(arguments);
        int x = in.readInt();
        in.expectEnd();
        WireOutput out = new WireOutput();
        out.writeInt(x * x);
        return out.toByteArray();
    };

    private static final int QUEUE_RING_BYTES = 64 << 10;
    private static final int BURST = 32;

    private final Path privateDirectory;
    private final Codec<Integer> ints = Codecs.of(Integer.class);
    private final Codec<String> strings = Codecs.of(String.class);
    private final Codec<List<Integer>> lists = Codecs.listOf(Codecs.of(Integer.class));
    private final byte[] payload = new byte[64];

    HotPaths(Path privateDirectory) {
        this.privateDirectory = privateDirectory;
    }

    /** Runs every path {@code times} times on objects made for the round and removed after it. */
    void round(int times) throws Throwable {
        round(times, () -> false);
    }

    /**
     * Runs every path {@code times} times, or until {@code stopped} says so between two of them, on
     * objects made for the round and removed after it; returns how many times it ran them.
     */
    int round(int times, BooleanSupplier stopped) throws Throwable {
        RuntimeDirectories.beginThreadsOwnSharedMemory(privateDirectory);
        try {
            return roundInPrivate(times, stopped);
        } finally {
            RuntimeDirectories.endThreadsOwnSharedMemory();
        }
    }

    private int roundInPrivate(int times, BooleanSupplier stopped) throws Throwable {
        Path progressFile = privateDirectory.resolve(progressFileName(ProcessHandle.current().pid()));
        try (RecordQueue queue = RecordQueue.create(QUEUE_RING_BYTES, 0);
             SharedWords lockWords = SharedWords.allocate(LockLayout.LOCK_WORDS);
             SharedWords eventWords = SharedWords.allocate(EventLayout.WORDS)) {
            WorkerProgress.create(progressFile);
            WorkerProgress progress = WorkerProgress.open(progressFile);
            FrameChannel frames = new FrameChannel(new Loopback(), 1 << 20);
            OwnerWord lock = new OwnerWord(lockWords, LockLayout.OWNER, "a Lock");
            EventWord event = new EventWord(eventWords);
            int i = 0;
            for (; i < times && !stopped.getAsBoolean(); i++) {
                taskLoop(i, frames, progress);
                codecs(i);
                lock(lock);
                event.set();
                event.await(Deadline.NONE);
                event.clear();
                queue(queue, i);
            }
            return i;
        } finally {
            Files.deleteIfExists(progressFile);
        }
    }

    /** The name of the progress file of process {@code pid}'s rounds. */
    static String progressFileName(long pid) {
        return "warm-up-" + pid + ".progress";
    }

    /**
     * Removes what the rounds of process {@code pid}, which is dead, left in {@code privateDirectory}
     * when it was killed during one: its progress file and its shared objects.
     */
    static void removeLeftovers(Path privateDirectory, long pid) {
        try {
            Files.deleteIfExists(privateDirectory.resolve(progressFileName(pid)));
        } catch (IOException e) {
            // the directory itself goes when its owner exits
        }
        RuntimeDirectories.sweep(privateDirectory); // the objects come first: they may be there alone
    }

    /** A batch of one task as a worker sees it: the frame in, the task run and logged, the results out. */
    private static void taskLoop(int i, FrameChannel frames, WorkerProgress progress) throws Throwable {
        WireOutput arguments = new WireOutput();
        arguments.writeInt(i);
        frames.write(new RunTasks(i, List.of(new TaskCall("warm-up", arguments.toByteArray(), "warm-up"))));
        RunTasks batch = (RunTasks) frames.read();
        progress.batchStarted(batch.batchId());
        progress.taskStarted(0);
        Outcome outcome = Outcome.value(SQUARE.invoke(batch.calls().get(0).arguments()));
        progress.finished(0, outcome);
        frames.write(new TaskResults(batch.batchId(), 0, List.of(outcome), 1));
        frames.read();
    }

    private void codecs(int i) {
        byte[] one = ints.encode(i);
        ints.decode(one, 0, one.length);
        byte[] text = strings.encode("warm-up " + i);
        strings.decode(text, 0, text.length);
        byte[] list = lists.encode(List.of(i, i + 1, i + 2));
        lists.decode(list, 0, list.length);
    }

    private static void lock(OwnerWord lock) throws InterruptedException {
        long me = OwnerWord.currentToken();
        lock.claimUninterruptibly(me);
        lock.releaseAny();
        lock.claim(me, Deadline.after(Duration.ofSeconds(1)), true);
        lock.release();
        if (lock.tryClaim(me)) {
            lock.releaseFrom(me);
        }
    }

    /** Puts and takes one record, and every {@value #BURST}th time a burst of them, so the ring wraps. */
    private void queue(RecordQueue queue, int i) throws InterruptedException {
        int burst = i % BURST == 0 ? BURST : 1;
        for (int k = 0; k < burst; k++) {
            queue.offer(payload, null);
        }
        for (int k = 0; k < burst; k++) {
            queue.take(null);
        }
    }

    /** A channel that reads back what was written to it: frames go round without a socket. */
    private static final class Loopback implements ByteChannel {

        private ByteBuffer bytes = ByteBuffer.allocate(4096).flip();

        @Override
        public int write(ByteBuffer src) {
            int n = src.remaining();
            if (bytes.capacity() - bytes.limit() < n) {
                ByteBuffer larger = ByteBuffer.allocate(Math.max(2 * bytes.capacity(), bytes.remaining() + n));
                larger.put(bytes).flip();
                bytes = larger;
            }
            int position = bytes.position();
            bytes.position(bytes.limit()).limit(bytes.limit() + n);
            bytes.put(src).position(position);
            return n;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            if (!bytes.hasRemaining()) {
                return -1;
            }
            int n = Math.min(dst.remaining(), bytes.remaining());
            ByteBuffer slice = bytes.slice().limit(n);
            dst.put(slice);
            bytes.position(bytes.position() + n);
            if (!bytes.hasRemaining()) {
                bytes.clear().flip();
            }
            return n;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
