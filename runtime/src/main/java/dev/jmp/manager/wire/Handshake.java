package dev.jmp.manager.wire;

import dev.jmp.AuthenticationException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mutual HMAC-SHA-256 challenge and response, the first bytes on every manager connection, as
 * Python's {@code multiprocessing.connection} does it. All messages have fixed sizes, so nothing
 * a peer sends is decoded before it proved it knows the key:
 * <ol>
 *   <li>server: {@code "JMPMGR01"} and a 32-byte nonce;</li>
 *   <li>client: HMAC(key, "client" + server nonce) and its own 32-byte nonce;</li>
 *   <li>server: {@code 0} (refused, then it closes) or {@code 1}, HMAC(key, "server" + client nonce)
 *       and its 8-byte server id.</li>
 * </ol>
 */
public final class Handshake {

    private static final byte[] MAGIC = "JMPMGR01".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLIENT = "jmp-manager-client".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SERVER = "jmp-manager-server".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE = 32;
    private static final int MAC = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Handshake() {}

    /** The server's side; returns whether the client proved it knows {@code key}. */
    public static boolean serve(FramedChannel channel, byte[] key, long serverId) throws IOException {
        byte[] challenge = nonce();
        channel.send(concat(MAGIC, challenge));
        byte[] answer = channel.receiveExactly(MAC + NONCE);
        byte[] proof = Arrays.copyOfRange(answer, 0, MAC);
        if (!MessageDigest.isEqual(proof, hmac(key, CLIENT, challenge))) {
            channel.send(new byte[] {0});
            return false;
        }
        byte[] clientNonce = Arrays.copyOfRange(answer, MAC, MAC + NONCE);
        byte[] id = ByteBuffer.allocate(8).putLong(serverId).array();
        channel.send(concat(new byte[] {1}, hmac(key, SERVER, clientNonce), id));
        return true;
    }

    /**
     * The client's side; returns the server id.
     *
     * @param where the manager as messages name it
     * @throws AuthenticationException when either side does not know the key
     */
    public static long join(FramedChannel channel, byte[] key, String where) throws IOException {
        byte[] hello = channel.receiveExactly(MAGIC.length + NONCE);
        if (!Arrays.equals(hello, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IOException(where + " is not a jmp manager (or speaks another version of its protocol)");
        }
        byte[] ours = nonce();
        channel.send(concat(hmac(key, CLIENT, Arrays.copyOfRange(hello, MAGIC.length, hello.length)), ours));
        if (channel.receiveExactly(1)[0] != 1) {
            throw new AuthenticationException("[jmp.manager.auth] " + where + " refused this process's authkey;"
                    + " connect with the key the manager was started with");
        }
        byte[] welcome = channel.receiveExactly(MAC + 8);
        if (!MessageDigest.isEqual(Arrays.copyOfRange(welcome, 0, MAC), hmac(key, SERVER, ours))) {
            throw new AuthenticationException("[jmp.manager.auth] " + where
                    + " could not prove it knows the authkey; it is not the manager you meant to reach");
        }
        return ByteBuffer.wrap(welcome, MAC, 8).getLong();
    }

    /** A fresh random key of the recommended size. */
    public static byte[] newKey() {
        return nonce();
    }

    private static byte[] nonce() {
        byte[] bytes = new byte[NONCE];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static byte[] hmac(byte[] key, byte[] label, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA256"));
            mac.update(label);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        ByteBuffer all = ByteBuffer.allocate(length);
        for (byte[] part : parts) {
            all.put(part);
        }
        return all.array();
    }
}
