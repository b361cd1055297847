package dev.jmp.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jmp.connection.Connection;
import dev.jmp.connection.Pipe;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.queue.Queue;
import dev.jmp.shm.SharedMemoryIsolation;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the one table of what crosses a process gives queues and pipes beyond lists and optionals:
 * {@code Set} and {@code Map} record components, and {@code ByteBuffer}s, all without Java
 * serialization (none of these records is {@code Serializable}).
 */
@ExtendWith(SharedMemoryIsolation.class)
class BuffersAndCollectionsTest {

    public enum Colour { RED, GREEN }

    public record Tagging(Set<String> tags, Map<Colour, List<LocalDate>> seen, Map<String, Set<Integer>> groups) {}

    public record Frame(int sequence, ByteBuffer payload) {}

    @Test
    void setAndMapComponentsKeepTheirOrderAndNulls() {
        Set<String> tags = new LinkedHashSet<>(Arrays.asList("z", null, "a"));
        Map<Colour, List<LocalDate>> seen = new LinkedHashMap<>();
        seen.put(Colour.GREEN, List.of(LocalDate.of(2026, 12, 5)));
        seen.put(null, null);
        seen.put(Colour.RED, List.of());
        Tagging tagging = new Tagging(tags, seen, Map.of("odd", Set.of(1, 3)));
        Tagging back = trip(Codecs.of(Tagging.class), tagging);
        assertEquals(tagging, back);
        assertEquals(Arrays.asList("z", null, "a"), Arrays.asList(back.tags().toArray()));
        assertEquals(Arrays.asList(Colour.GREEN, null, Colour.RED), Arrays.asList(back.seen().keySet().toArray()));
        assertThrows(UnsupportedOperationException.class, () -> back.tags().add("b"), "arrives unmodifiable, as lists do");
    }

    @Test
    void aBufferCrossesAsTheBytesBetweenItsPositionAndLimitAndIsLeftAsItWas() {
        ByteBuffer direct = ByteBuffer.allocateDirect(8).put(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        direct.position(2).limit(5);
        ByteBuffer back = trip(Codecs.of(ByteBuffer.class), direct);
        assertEquals(ByteBuffer.wrap(new byte[] {3, 4, 5}), back);
        assertEquals(0, back.position());
        assertEquals(2, direct.position(), "the sender's buffer is not consumed");
        assertEquals(5, direct.limit());
        Frame frame = new Frame(7, ByteBuffer.wrap("héllo".getBytes(StandardCharsets.UTF_8)));
        assertEquals(frame, trip(Codecs.of(Frame.class), frame));
    }

    @Test
    void queuesCarryBuffersAndRecordsOfSetsAndMaps() throws Exception {
        try (Queue<ByteBuffer> buffers = Queue.create(ByteBuffer.class);
                Queue<Tagging> taggings = Queue.create(Tagging.class)) {
            buffers.put(ByteBuffer.wrap(new byte[] {9, 8, 7}, 1, 2));
            buffers.put(ByteBuffer.allocate(0));
            assertEquals(ByteBuffer.wrap(new byte[] {8, 7}), buffers.get());
            assertEquals(0, buffers.get().remaining());
            Tagging tagging = new Tagging(Set.of("x"), Map.of(Colour.RED, List.of(LocalDate.EPOCH)), Map.of());
            taggings.put(tagging);
            assertEquals(tagging, taggings.get());
        }
    }

    @Test
    void pipesCarryBuffersAndRecordsHoldingThem() throws Exception {
        try (Pipe<Frame> pipe = Pipe.create(Frame.class); Pipe<ByteBuffer> raw = Pipe.create(ByteBuffer.class)) {
            Connection<Frame> a = pipe.first();
            a.send(new Frame(1, ByteBuffer.wrap(new byte[] {4, 2})));
            a.send(new Frame(2, null));
            assertEquals(new Frame(1, ByteBuffer.wrap(new byte[] {4, 2})), pipe.second().recv());
            assertEquals(new Frame(2, null), pipe.second().recv());
            raw.first().send(ByteBuffer.allocateDirect(3));
            ByteBuffer back = raw.second().recv();
            assertInstanceOf(ByteBuffer.class, back);
            assertEquals(ByteBuffer.wrap(new byte[3]), back);
        }
    }

    private static <E> E trip(Codec<E> codec, E value) {
        WireOutput handle = new WireOutput();
        CodecHandles.write(handle, codec);
        Codec<E> recreated = CodecHandles.read(new WireInput(handle.toByteArray()));
        byte[] bytes = codec.encode(value);
        return recreated.decode(bytes, 0, bytes.length);
    }
}
