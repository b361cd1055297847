package dev.jmp.cluster.wire;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and checks {@link Envelope}s with HMAC-SHA-256 under the cluster key. The signature covers
 * the kind (a poll's cannot pass for a command's), the driver, the session, the order, the nonce,
 * the time and the body, so that nothing of it can be changed, and, with the member's
 * {@code CommandGuard}, nothing replayed.
 */
public final class Signer {

    /** An envelope carrying a command. */
    public static final byte COMMAND = 1;
    /** An envelope carrying a poll for events. */
    public static final byte POLL = 2;

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;
    private final SecureRandom random = new SecureRandom();

    public Signer(byte[] key) {
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** {@code body}, sealed now with a fresh nonce. */
    public Envelope seal(byte kind, String driver, long session, long seq, byte[] body) {
        return seal(kind, driver, session, seq, body, System.currentTimeMillis());
    }

    /** {@code body}, sealed with a fresh nonce as if at {@code time}: how a member's check of age is tested. */
    public Envelope seal(byte kind, String driver, long session, long seq, byte[] body, long time) {
        long high = random.nextLong();
        long low = random.nextLong();
        return new Envelope(driver, session, seq, high, low, time, body,
                mac(kind, driver, session, seq, high, low, time, body));
    }

    /** Whether {@code e} carries the signature of its content under this key. */
    public boolean verify(byte kind, Envelope e) {
        byte[] expected = mac(kind, e.driver(), e.session(), e.seq(), e.nonceHigh(), e.nonceLow(), e.time(), e.body());
        return MessageDigest.isEqual(expected, e.mac()); // in constant time
    }

    private byte[] mac(byte kind, String driver, long session, long seq, long high, long low, long time, byte[] body) {
        Mac mac = macs.get();
        mac.update(kind);
        byte[] d = driver.getBytes(StandardCharsets.UTF_8);
        updateLong(mac, d.length);
        mac.update(d);
        updateLong(mac, session);
        updateLong(mac, seq);
        updateLong(mac, high);
        updateLong(mac, low);
        updateLong(mac, time);
        updateLong(mac, body.length);
        mac.update(body);
        return mac.doFinal();
    }

    private static void updateLong(Mac mac, long v) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            mac.update((byte) (v >>> shift));
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("[jmp.cluster.no-hmac] this JVM has no " + ALGORITHM + ": " + e, e);
        }
    }
}
