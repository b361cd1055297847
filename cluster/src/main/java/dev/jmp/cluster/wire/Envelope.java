package dev.jmp.cluster.wire;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import java.io.IOException;

/**
 * What a driver sends a member, as signed by {@link Signer}: who sends it, in which session, its
 * place in that session's order, a nonce and the time it was sealed, the body, and the
 * HMAC-SHA-256 of all of them under the cluster key.
 *
 * @param driver the driver's client id
 * @param session the driver's session with this member, a random number the driver chose
 * @param seq the body's place in the session's order, from 1; 0 for a poll, which has none
 * @param nonceHigh half of a random nonce, never used twice
 * @param nonceLow the other half
 * @param time when it was sealed, in milliseconds since the epoch
 * @param body the command or poll, encoded
 * @param mac the signature; empty when unsigned
 */
public record Envelope(String driver, long session, long seq, long nonceHigh, long nonceLow, long time, byte[] body,
                       byte[] mac) {

    void writeTo(ObjectDataOutput out) throws IOException {
        out.writeString(driver);
        out.writeLong(session);
        out.writeLong(seq);
        out.writeLong(nonceHigh);
        out.writeLong(nonceLow);
        out.writeLong(time);
        out.writeByteArray(body);
        out.writeByteArray(mac);
    }

    static Envelope readFrom(ObjectDataInput in) throws IOException {
        String driver = in.readString();
        long session = in.readLong();
        long seq = in.readLong();
        long high = in.readLong();
        long low = in.readLong();
        long time = in.readLong();
        byte[] body = in.readByteArray();
        byte[] mac = in.readByteArray();
        return new Envelope(driver == null ? "" : driver, session, seq, high, low, time,
                body == null ? new byte[0] : body, mac == null ? new byte[0] : mac);
    }

    /** The same envelope with another signature, for tests of a member's refusals. */
    public Envelope withMac(byte[] otherMac) {
        return new Envelope(driver, session, seq, nonceHigh, nonceLow, time, body, otherMac);
    }
}
