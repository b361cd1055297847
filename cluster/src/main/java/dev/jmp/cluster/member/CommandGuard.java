package dev.jmp.cluster.member;

import dev.jmp.cluster.wire.Envelope;
import dev.jmp.cluster.wire.Signer;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A member's check of everything drivers send it, before it reads anything else: signed, with the
 * cluster key, recently, and never before. A refusal says which, as a coded message; the member
 * then does nothing of what the envelope asked.
 */
final class CommandGuard {

    /** Nonces are purged of the expired ones once there are this many. */
    private static final int PURGE_AT = 100_000;

    private final Signer signer;
    private final long maxSkewMillis;
    private final Map<Nonce, Long> seen = new ConcurrentHashMap<>();

    private record Nonce(long high, long low) {}

    CommandGuard(Signer signer, Duration maxClockSkew) {
        this.signer = signer;
        this.maxSkewMillis = maxClockSkew.toMillis();
    }

    /** Null when {@code e}, of {@code kind}, may be read; otherwise why not. */
    String check(byte kind, Envelope e, long nowMillis) {
        String what = (kind == Signer.POLL ? "a poll" : "a command") + " from driver " + e.driver();
        if (e.mac().length == 0) {
            return "[jmp.cluster.unsigned] " + what + " carries no signature; jmp drivers sign everything they send"
                    + " with the cluster key, so this came from something else";
        }
        if (!signer.verify(kind, e)) {
            return "[jmp.cluster.bad-signature] " + what + " is not signed with this member's cluster key, or was"
                    + " changed on the way; give the driver and every member the same key file (jmp.cluster.keyFile)";
        }
        long age = nowMillis - e.time();
        if (Math.abs(age) > maxSkewMillis) {
            return "[jmp.cluster.stale] " + what + " was signed " + age + " ms before this member read it, more than"
                    + " the " + maxSkewMillis + " ms allowed; check the clocks of both machines, or raise"
                    + " jmp.cluster.maxClockSkew";
        }
        if (seen.size() >= PURGE_AT) {
            purge(nowMillis);
        }
        if (seen.putIfAbsent(new Nonce(e.nonceHigh(), e.nonceLow()), e.time() + maxSkewMillis) != null) {
            return "[jmp.cluster.replayed] " + what + " was received before; each is carried out once";
        }
        return null;
    }

    /** Forgets the nonces of envelopes that would be refused as stale anyway. */
    private void purge(long nowMillis) {
        for (Iterator<Long> it = seen.values().iterator(); it.hasNext(); ) {
            if (it.next() < nowMillis) {
                it.remove();
            }
        }
    }
}
