package dev.jmp.connection;

import dev.jmp.codec.Codec;
import dev.jmp.codec.CodecHandles;
import dev.jmp.codec.Codecs;
import dev.jmp.memory.SharedWords;
import dev.jmp.ring.RecordQueue;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two ends of a pipe between processes: Python's {@code multiprocessing.Pipe}. Messages go
 * through shared memory; either end can be passed to a {@code @ProcessTask} method.
 *
 * <pre>{@code
 * Pipe<String> pipe = Pipe.create(String.class);
 * Connection<String> parentConn = pipe.first(), childConn = pipe.second();
 * Process p = new Process(ChatTasks.sendMessage(childConn));   // childConn.send("Hello"); childConn.close();
 * p.start();
 * System.out.println(parentConn.recv());                       // Hello
 * p.join();
 * }</pre>
 *
 * <p>A duplex pipe (the default) sends both ways. A one-way pipe ({@code duplex} false) is
 * Python's: {@link #first()} only receives and {@link #second()} only sends. An end held by no
 * process any more (closed everywhere, or its processes ended) reads as end of file on the other
 * side once its messages are received, so a reader never hangs on a peer that is gone. The
 * process that created the pipe keeps its memory until it has closed both ends (or exits).
 *
 * @param first  end 0: receives what {@code second} sends, and in a duplex pipe sends to it
 * @param second end 1
 * @param <E>    the type of the messages {@link Connection#send} and {@link Connection#recv} carry
 */
public record Pipe<E>(Connection<E> first, Connection<E> second) implements AutoCloseable {

    /** Bytes of the ring of each direction; more waiting overflows into further chunks. */
    static final int RING_BYTES = 1 << 20;

    /** A duplex pipe for messages of {@code type}, encoded by {@link Codecs#of}; Python's {@code Pipe()}. */
    public static <E> Pipe<E> create(Class<E> type) {
        return create(Codecs.of(type), true);
    }

    /** A pipe for messages of {@code type}; Python's {@code Pipe(duplex)}. */
    public static <E> Pipe<E> create(Class<E> type, boolean duplex) {
        return create(Codecs.of(type), duplex);
    }

    /** A pipe whose messages {@code codec} encodes. */
    public static <E> Pipe<E> create(Codec<E> codec, boolean duplex) {
        CodecHandles.checkRecreatable(Objects.requireNonNull(codec, "codec"));
        RecordQueue toFirst = RecordQueue.create(RING_BYTES, 0);
        RecordQueue toSecond = duplex ? RecordQueue.create(RING_BYTES, 0) : null;
        SharedWords words = PipeEnds.newWords();
        PipeEnds ends = new PipeEnds(words);
        AtomicInteger open = new AtomicInteger(2);
        Runnable release = () -> {
            if (open.decrementAndGet() == 0) {
                toFirst.close();
                if (toSecond != null) {
                    toSecond.close();
                }
                words.close();
            }
        };
        return new Pipe<>(new Connection<>(new PipeTransport(0, toFirst, toSecond, ends, release), codec),
                new Connection<>(new PipeTransport(1, toSecond, toFirst, ends, release), codec));
    }

    /** Closes both ends in this process. */
    @Override
    public void close() {
        first.close();
        second.close();
    }
}
