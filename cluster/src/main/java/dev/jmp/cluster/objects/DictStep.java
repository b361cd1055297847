package dev.jmp.cluster.objects;

import com.hazelcast.map.EntryProcessor;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A change of one key of a dict that depends on its value, run by the member that owns the key.
 * A dict's value is held with the sequence number of its key's first put before it, which orders
 * the keys as Python's dict does; a put of a key already there keeps its number. Deterministic,
 * so backups run it again. Answers a value (the previous one, or null for none) or a boolean.
 * A step that writes a value also writes its request number and its answer beside it: sent again
 * after a member died with it in flight ({@link Redo}), it finds them there and answers the same,
 * changing nothing. A step that removes the key leaves nothing to find: sent again, it answers as
 * if the key were absent (the key is removed once either way).
 */
final class DictStep implements EntryProcessor<byte[], byte[], byte[]>, IdentifiedDataSerializable {

    static final int PUT = 0;
    static final int PUT_IF_ABSENT = 1;
    static final int REPLACE = 2;
    static final int REMOVE_ENTRY = 3;
    static final int REPLACE_ENTRY = 4;
    /** Removes the key if its sequence number is still {@code seq}: a popItem that lost no race. */
    static final int REMOVE_IF_SEQUENCE = 5;

    static final byte[] TRUE = {1};
    static final byte[] FALSE = {0};

    private int op;
    private long seq;
    private byte[] a;
    private byte[] b;
    private long request;

    DictStep() {}

    DictStep(int op, long seq, byte[] a, byte[] b) {
        this.op = op;
        this.seq = seq;
        this.a = a;
        this.b = b;
        this.request = ThreadLocalRandom.current().nextLong();
    }

    /** Sequence, request, answer (its length, -1 for null, then its bytes), value. */
    private static byte[] stored(long seq, long request, byte[] answer, byte[] value) {
        int answerLength = answer == null ? 0 : answer.length;
        ByteBuffer out = ByteBuffer.allocate(20 + answerLength + value.length).putLong(seq).putLong(request)
                .putInt(answer == null ? -1 : answerLength);
        if (answer != null) {
            out.put(answer);
        }
        return out.put(value).array();
    }

    static long sequence(byte[] stored) {
        return ByteBuffer.wrap(stored).getLong();
    }

    private static int answerLength(byte[] stored) {
        return Math.max(0, ByteBuffer.wrap(stored).getInt(16));
    }

    static byte[] value(byte[] stored) {
        return Arrays.copyOfRange(stored, 20 + answerLength(stored), stored.length);
    }

    @Override
    public byte[] process(Map.Entry<byte[], byte[]> entry) {
        byte[] old = entry.getValue();
        if (old != null && ByteBuffer.wrap(old).getLong(8) == request) {
            int length = ByteBuffer.wrap(old).getInt(16);
            return length < 0 ? null : Arrays.copyOfRange(old, 20, 20 + length); // this step, sent again
        }
        byte[] oldValue = old == null ? null : value(old);
        long keep = old == null ? seq : sequence(old);
        switch (op) {
            case PUT -> {
                entry.setValue(stored(keep, request, oldValue, a));
                return oldValue;
            }
            case PUT_IF_ABSENT -> {
                // Map.putIfAbsent: a key held with null counts as absent; b is null's encoding
                if (old != null && !Arrays.equals(oldValue, b)) {
                    return oldValue;
                }
                entry.setValue(stored(keep, request, oldValue, a));
                return oldValue;
            }
            case REPLACE -> {
                if (old != null) {
                    entry.setValue(stored(keep, request, oldValue, a));
                }
                return oldValue;
            }
            case REMOVE_ENTRY -> {
                if (old != null && Arrays.equals(oldValue, a)) {
                    entry.setValue(null);
                    return TRUE;
                }
                return FALSE;
            }
            case REPLACE_ENTRY -> {
                if (old != null && Arrays.equals(oldValue, a)) {
                    entry.setValue(stored(keep, request, TRUE, b));
                    return TRUE;
                }
                return FALSE;
            }
            default -> {
                if (old != null && sequence(old) == seq) {
                    entry.setValue(null);
                    return oldValue;
                }
                return null;
            }
        }
    }

    @Override
    public int getFactoryId() {
        return ObjectIds.FACTORY_ID;
    }

    @Override
    public int getClassId() {
        return ObjectIds.DICT_STEP;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeInt(op);
        out.writeLong(seq);
        out.writeByteArray(a);
        out.writeByteArray(b);
        out.writeLong(request);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        op = in.readInt();
        seq = in.readLong();
        a = in.readByteArray();
        b = in.readByteArray();
        request = in.readLong();
    }
}
