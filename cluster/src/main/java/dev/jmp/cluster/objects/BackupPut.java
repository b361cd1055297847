package dev.jmp.cluster.objects;

import com.hazelcast.map.EntryProcessor;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;
import java.io.IOException;
import java.util.Map;

/**
 * A step's effect, as its entry's backups apply it: the state the primary computed. A step reads
 * which endpoints are alive, which a backup may see otherwise, so backups never run it again.
 */
final class BackupPut implements EntryProcessor<String, byte[], Object>, IdentifiedDataSerializable {

    private byte[] state;

    BackupPut() {}

    BackupPut(byte[] state) {
        this.state = state;
    }

    @Override
    public Object process(Map.Entry<String, byte[]> entry) {
        entry.setValue(state);
        return null;
    }

    @Override
    public int getFactoryId() {
        return ObjectIds.FACTORY_ID;
    }

    @Override
    public int getClassId() {
        return ObjectIds.BACKUP_PUT;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeByteArray(state);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        state = in.readByteArray();
    }
}
