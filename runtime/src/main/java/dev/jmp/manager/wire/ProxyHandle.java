package dev.jmp.manager.wire;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.util.Objects;

/**
 * Where an object held by a manager lives, as a proxy carries it to other processes: the
 * manager's address, the server instance (so a restarted manager on the same address is not
 * mistaken for the old one), the object's id there and its type. The authkey never travels:
 * {@code keyId} names it and {@code keyFile} is where the sending process keeps a copy that only
 * its own user can read.
 *
 * @param address  {@code unix:/path/to/socket} or {@code tcp:host:port}
 * @param serverId a random number chosen by the server when it started
 * @param objectId the object's id in that server
 * @param typeId   {@code dict}, {@code list}, ... or the binary name of a {@code @Shared} class
 * @param keyId    a fingerprint of the manager's authkey
 * @param keyFile  a file holding the authkey, readable by the sender's user; empty when unknown
 */
public record ProxyHandle(String address, long serverId, long objectId, String typeId, String keyId, String keyFile) {

    public ProxyHandle {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(keyFile, "keyFile");
    }

    /** The same object, with another key file. */
    public ProxyHandle withKeyFile(String file) {
        return new ProxyHandle(address, serverId, objectId, typeId, keyId, file);
    }

    /** Whether both name the same object of the same server, whatever the key file. */
    public boolean sameObject(ProxyHandle other) {
        return other != null && serverId == other.serverId && objectId == other.objectId && address.equals(other.address);
    }

    public void write(WireOutput out) {
        out.writeString(address);
        out.writeLong(serverId);
        out.writeLong(objectId);
        out.writeString(typeId);
        out.writeString(keyId);
        out.writeString(keyFile);
    }

    public static ProxyHandle read(WireInput in) {
        return new ProxyHandle(in.readString(), in.readLong(), in.readLong(), in.readString(), in.readString(),
                in.readString());
    }
}
