package dev.jmp.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The handshake's HMAC-SHA-256, written on a digest, against the JDK's Mac and RFC 4231's vectors. */
class HandshakeHmacTest {

    @Test
    void agreesWithTheJdksMacForKeysShorterThanLongerThanAndAsLongAsTheBlock() throws Exception {
        Random random = new Random(42);
        for (int keyLength : new int[] {1, 20, 32, 63, 64, 65, 131, 300}) {
            for (int messageLength : new int[] {0, 1, 59, 64, 200}) {
                byte[] key = new byte[keyLength];
                byte[] message = new byte[messageLength];
                random.nextBytes(key);
                random.nextBytes(message);
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                assertArrayEquals(mac.doFinal(message), Handshake.hmac(key, message),
                        "a key of " + keyLength + " bytes, a message of " + messageLength);
            }
        }
    }

    @Test
    void matchesRfc4231() {
        HexFormat hex = HexFormat.of();
        // test case 1: a 20-byte key
        assertArrayEquals(hex.parseHex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
                Handshake.hmac(hex.parseHex("0b".repeat(20)), "Hi There".getBytes(StandardCharsets.US_ASCII)));
        // test case 6: a 131-byte key, longer than the block, hashed first
        assertArrayEquals(hex.parseHex("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
                Handshake.hmac(hex.parseHex("aa".repeat(131)), "Test Using Larger Than Block-Size Key - Hash Key First"
                        .getBytes(StandardCharsets.US_ASCII)));
    }
}
