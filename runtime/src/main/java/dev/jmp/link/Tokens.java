package dev.jmp.link;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * One-time tokens that prove a child is the one its parent started: 192 bits from the kernel's
 * generator. Read directly, {@code /dev/urandom} costs a fraction of a millisecond, where setting
 * up {@link SecureRandom} (which reads the same source) costs about 20 ms of the first
 * {@code Process.start()}; SecureRandom remains the fallback where there is no such device.
 */
final class Tokens {

    private static final Path URANDOM = Path.of("/dev/urandom");
    private static final int BYTES = 24;

    private static volatile SecureRandom fallback;

    private Tokens() {}

    static String next() {
        return HexFormat.of().formatHex(randomBytes());
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[BYTES];
        if (Files.isReadable(URANDOM)) {
            try (InputStream in = Files.newInputStream(URANDOM)) {
                if (in.readNBytes(bytes, 0, BYTES) == BYTES) {
                    return bytes;
                }
            } catch (IOException e) {
                // use the fallback
            }
        }
        SecureRandom random = fallback;
        if (random == null) {
            random = new SecureRandom();
            fallback = random;
        }
        random.nextBytes(bytes);
        return bytes;
    }
}
