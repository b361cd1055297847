package dev.jmp.shm;

import dev.jmp.internal.SharedObjects;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.sync.ProcessShareable;
import java.util.Base64;

/** Shared-object handles as command-line arguments: the codec bytes in base64. */
public final class Handles {

    private Handles() {}

    public static String encode(ProcessShareable object) {
        WireOutput out = new WireOutput();
        SharedObjects.write(out, object);
        return Base64.getUrlEncoder().encodeToString(out.toByteArray());
    }

    public static <T> T decode(String handle, Class<T> type) {
        WireInput in = new WireInput(Base64.getUrlDecoder().decode(handle));
        T object = SharedObjects.read(in, type);
        in.expectEnd();
        return object;
    }
}
