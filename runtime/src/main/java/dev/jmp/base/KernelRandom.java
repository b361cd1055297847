package dev.jmp.base;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * Random bytes for secrets (tokens, authkeys, handshake nonces) from the kernel's generator.
 * Read directly, {@code /dev/urandom} costs a fraction of a millisecond, where setting up
 * {@link SecureRandom} (which reads the same source) costs some 20 ms of CPU in a fresh JVM: a
 * child pays it on its first {@code Process.start()} or its first manager connection.
 * SecureRandom remains the fallback where there is no such device.
 */
public final class KernelRandom {

    private static final Path URANDOM = Path.of("/dev/urandom");

    private static volatile SecureRandom fallback;

    private KernelRandom() {}

    /** {@code count} random bytes. */
    public static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        try (InputStream in = Files.newInputStream(URANDOM)) {
            if (in.readNBytes(bytes, 0, count) == count) {
                return bytes;
            }
        } catch (IOException e) {
            // no such device, or not readable: use the fallback
        }
        SecureRandom random = fallback;
        if (random == null) {
            random = new SecureRandom();
            fallback = random;
        }
        random.nextBytes(bytes);
        return bytes;
    }

    /** A random long. */
    public static long nextLong() {
        long value = 0;
        for (byte b : bytes(Long.BYTES)) {
            value = value << 8 | (b & 0xff);
        }
        return value;
    }
}
