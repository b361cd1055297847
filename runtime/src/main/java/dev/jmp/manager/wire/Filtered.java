package dev.jmp.manager.wire;

import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;

/** The serialization fallback of {@link ValueCodec}: reads through the JDK-values filter. */
final class Filtered {

    private Filtered() {}

    static Object read(WireInput in, String[] allowed) {
        try {
            return in.readSerialized(Object.class, allowed);
        } catch (WireFormatException e) {
            if (String.valueOf(e.getMessage()).startsWith("[jmp.codec.filtered]")) {
                throw new WireFormatException("[jmp.manager.filtered] a serialized value was refused by the input"
                        + " filter (" + e.getCause().getMessage() + "); admit its class in every process that reads it"
                        + " with -D" + ValueCodec.ALLOW_PROPERTY + "=com.example.Money (a manager's JVM inherits"
                        + " it from its owner), or store a record instead", e);
            }
            throw e;
        }
    }
}
