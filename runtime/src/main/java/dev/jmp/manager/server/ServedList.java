package dev.jmp.manager.server;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;
import dev.jmp.manager.wire.ValueCodec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A list: an {@link ArrayList}. Indexes out of range fail as {@code ArrayList}'s do. */
final class ServedList extends ServedObject {

    private final List<Object> list;

    ServedList(List<Object> initial) {
        this.list = new ArrayList<>(initial);
    }

    @Override
    synchronized void call(int method, WireInput in, WireOutput out, CallContext context) {
        ValueCodec codec = context.codec();
        Op op = Op.of(method);
        switch (op) {
            case SIZE -> out.writeInt(list.size());
            case CLEAR -> list.clear();
            case SNAPSHOT -> codec.write(out, list);
            case CONTAINS -> out.writeBoolean(list.contains(codec.read(in)));
            case GET_AT -> codec.write(out, list.get(in.readInt()));
            case SET_AT -> {
                int index = in.readInt();
                codec.write(out, list.set(index, codec.read(in)));
            }
            case ADD -> list.add(codec.read(in));
            case ADD_AT -> {
                int index = in.readInt();
                list.add(index, codec.read(in));
            }
            case ADD_ALL -> out.writeBoolean(list.addAll(codec.readAll(in)));
            case ADD_ALL_AT -> {
                int index = in.readInt();
                out.writeBoolean(list.addAll(index, codec.readAll(in)));
            }
            case REMOVE_AT -> codec.write(out, list.remove(in.readInt()));
            case REMOVE_ELEMENT -> out.writeBoolean(list.remove(codec.read(in)));
            case INDEX_OF -> out.writeInt(list.indexOf(codec.read(in)));
            case LAST_INDEX_OF -> out.writeInt(list.lastIndexOf(codec.read(in)));
            case SET_ALL -> {
                Collection<Object> all = codec.readAll(in);
                list.clear();
                list.addAll(all);
            }
            case REMOVE_RANGE -> {
                int from = in.readInt();
                list.subList(from, in.readInt()).clear();
            }
            default -> throw new UnsupportedOperationException(op + " is not a method of a list");
        }
        in.expectEnd();
    }
}
