package dev.jmp.manager.server;

import dev.jmp.internal.TaskCall;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Endpoint;
import dev.jmp.manager.wire.Frames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a manager's server JVM is told when it starts, as the arguments of its task (which cross
 * over the private control channel, never the command line).
 *
 * @param name       the manager's name, {@code SyncManager-1}, for messages
 * @param listen     where to listen; a TCP port of 0 picks a free one
 * @param readyFile  where to write the address really bound, once clients can connect
 * @param authkey    the key clients must prove they know
 * @param keyFile    the owner's file holding the key, for handles this server hands out
 * @param registered the {@code @Shared} classes clients may create, by binary name
 * @param exposed    the shared methods that may be called, by name, of the registered classes that do not expose all
 * @param maxFrameBytes the largest request or reply, in bytes
 * @param initializer what the server runs before it listens, or null
 */
public record ServerConfig(String name, Endpoint listen, String readyFile, byte[] authkey, String keyFile,
                           List<String> registered, Map<String, List<String>> exposed, int maxFrameBytes,
                           TaskCall initializer) {

    public ServerConfig {
        registered = List.copyOf(registered);
        exposed = Map.copyOf(exposed);
        Frames.checkMaxFrame(maxFrameBytes, "the frame limit of " + name);
    }

    public byte[] encode() {
        WireOutput out = new WireOutput(256);
        out.writeString(name);
        out.writeString(listen.address());
        out.writeString(readyFile);
        out.writeBytes(authkey);
        out.writeString(keyFile);
        out.writeInt(registered.size());
        for (String type : registered) {
            out.writeString(type);
        }
        out.writeInt(exposed.size());
        for (Map.Entry<String, List<String>> e : exposed.entrySet()) {
            out.writeString(e.getKey());
            out.writeInt(e.getValue().size());
            e.getValue().forEach(out::writeString);
        }
        out.writeInt(maxFrameBytes);
        if (out.writePresence(initializer)) {
            out.writeString(initializer.entryClass());
            out.writeBytes(initializer.arguments());
            out.writeString(initializer.description());
        }
        return out.toByteArray();
    }

    public static ServerConfig decode(byte[] bytes) {
        WireInput in = new WireInput(bytes);
        String name = in.readString();
        Endpoint listen = new Endpoint(in.readString());
        String readyFile = in.readString();
        byte[] key = in.readBytes();
        String keyFile = in.readString();
        int count = in.readLength();
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            registered.add(in.readString());
        }
        Map<String, List<String>> exposed = new HashMap<>();
        for (int types = in.readLength(); types > 0; types--) {
            String type = in.readString();
            List<String> names = new ArrayList<>();
            for (int n = in.readLength(); n > 0; n--) {
                names.add(in.readString());
            }
            exposed.put(type, names);
        }
        int maxFrameBytes = in.readInt();
        TaskCall initializer = in.readPresence() ? new TaskCall(in.readString(), in.readBytes(), in.readString()) : null;
        in.expectEnd();
        return new ServerConfig(name, listen, readyFile, key, keyFile, registered, exposed, maxFrameBytes, initializer);
    }
}
