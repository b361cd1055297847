package dev.jmp.cluster.wire;

import com.hazelcast.nio.serialization.DataSerializableFactory;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;

/**
 * The Hazelcast serialization ids of what jmp sends through the cluster, and the factory that
 * makes them: the only classes a member instantiates from a driver's bytes.
 */
public final class WireIds implements DataSerializableFactory {

    /** jmp's factory id, registered on members and clients alike. */
    public static final int FACTORY_ID = 0x6a6d70; // "jmp"
    static final int SIGNED_CALL = 1;

    @Override
    public IdentifiedDataSerializable create(int typeId) {
        return switch (typeId) {
            case SIGNED_CALL -> new SignedCall();
            default -> null; // Hazelcast reports the unknown id
        };
    }
}
