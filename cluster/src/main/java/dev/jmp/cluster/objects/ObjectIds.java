package dev.jmp.cluster.objects;

import com.hazelcast.nio.serialization.DataSerializableFactory;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;

/**
 * The Hazelcast serialization ids of the steps that change shared objects, and the factory that
 * makes them: with {@code wire.WireIds}, the only classes a member instantiates from a caller's
 * bytes.
 */
public final class ObjectIds implements DataSerializableFactory {

    /** The factory id of shared objects' steps, registered on members and clients alike. */
    public static final int FACTORY_ID = 0x6a6d7073; // "jmps"
    static final int STEP = 1;
    static final int BACKUP_PUT = 2;
    static final int DICT_STEP = 3;

    @Override
    public IdentifiedDataSerializable create(int typeId) {
        return switch (typeId) {
            case STEP -> new Step();
            case BACKUP_PUT -> new BackupPut();
            case DICT_STEP -> new DictStep();
            default -> null; // Hazelcast reports the unknown id
        };
    }
}
