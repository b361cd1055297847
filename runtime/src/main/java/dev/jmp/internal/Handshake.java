package dev.jmp.internal;

import dev.jmp.AuthenticationException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The mutual authentication of every jmp socket, a {@code Listener} and its {@code Client} as
 * well as a manager and its proxies: Python's {@code deliver_challenge} and
 * {@code answer_challenge} with HMAC-SHA-256, run in both directions before any message is
 * decoded. Each message is a frame (a 4-byte big-endian length, then the bytes):
 *
 * <ol>
 *   <li>the challenger sends {@code #CHALLENGE#{sha256}} and 40 fresh random bytes;</li>
 *   <li>the other side answers {@code {sha256}} and the HMAC-SHA-256, keyed with the authkey, of
 *       everything after {@code #CHALLENGE#};</li>
 *   <li>the challenger compares in constant time and sends {@code #WELCOME#} or
 *       {@code #FAILURE#}, closing on failure.</li>
 * </ol>
 * The listening side challenges first, then the connecting side does, so each proves to the
 * other that it knows the key, and a server that welcomes anyone is caught by the client's own
 * challenge. A handshake message may not exceed {@link #MAX_MESSAGE} bytes; anything else is
 * refused before more is read. Time limits are the {@link Channel}'s business.
 */
public final class Handshake {

    /** The longest handshake message accepted. */
    public static final int MAX_MESSAGE = 256;
    private static final byte[] CHALLENGE = ascii("#CHALLENGE#");
    private static final byte[] WELCOME = ascii("#WELCOME#");
    private static final byte[] FAILURE = ascii("#FAILURE#");
    private static final byte[] DIGEST = ascii("{sha256}");
    private static final int NONCE_BYTES = 40;
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Where the handshake's frames go. */
    public interface Channel {

        /** Sends one frame. */
        void send(byte[] message) throws IOException;

        /**
         * The next frame's payload.
         *
         * @throws EOFException when the other side closed the connection
         * @throws WireFormatException when the frame claims more than {@code maxLength} bytes or
         *     a length that no frame has; its payload is not read
         */
        byte[] receive(int maxLength) throws IOException;
    }

    /**
     * How one user of the handshake reports its failures, each message starting with its code.
     *
     * @param refused the other side refused this side's answer: the keys differ
     * @param wrongAnswer the other side answered this side's challenge wrongly
     * @param notAPeer the other side does not speak the handshake; a detail is appended
     */
    public record Wording(String refused, String wrongAnswer, String notAPeer) {}

    private final Channel channel;
    private final byte[] key;
    private final Wording wording;

    private Handshake(Channel channel, byte[] key, Wording wording) {
        this.channel = channel;
        this.key = key.length == 0 ? new byte[1] : key; // HMAC pads keys with zeros: the same key
        this.wording = wording;
    }

    /**
     * Authenticates both ways, the listening side's challenge first.
     *
     * @param listening whether this is the side that accepted the connection
     * @throws AuthenticationException when either side does not prove it has the key, or the
     *     other side does not speak the handshake; the caller closes the connection
     */
    public static void authenticate(Channel channel, byte[] key, Wording wording, boolean listening)
            throws IOException {
        Handshake handshake = new Handshake(channel, key, wording);
        if (listening) {
            handshake.deliverChallenge();
            handshake.answerChallenge();
        } else {
            handshake.answerChallenge();
            handshake.deliverChallenge();
        }
    }

    /** A fresh random authkey of the recommended size, as Python's {@code os.urandom(32)}. */
    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    /** Makes the other side prove that it knows the key. */
    private void deliverChallenge() throws IOException {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] message = concat(DIGEST, nonce);
        channel.send(concat(CHALLENGE, message));
        byte[] answer = receive();
        if (!MessageDigest.isEqual(answer, concat(DIGEST, hmac(message)))) {
            channel.send(FAILURE);
            throw new AuthenticationException(wording.wrongAnswer());
        }
        channel.send(WELCOME);
    }

    /** Proves to the other side that this one knows the key. */
    private void answerChallenge() throws IOException {
        byte[] challenge = receive();
        if (!startsWith(challenge, concat(CHALLENGE, DIGEST))) {
            throw protocol("a challenge was expected but something else arrived");
        }
        byte[] message = Arrays.copyOfRange(challenge, CHALLENGE.length, challenge.length);
        channel.send(concat(DIGEST, hmac(message)));
        byte[] verdict = receive();
        if (Arrays.equals(verdict, FAILURE)) {
            throw new AuthenticationException(wording.refused());
        }
        if (!Arrays.equals(verdict, WELCOME)) {
            throw protocol("#WELCOME# or #FAILURE# was expected but something else arrived");
        }
    }

    private byte[] receive() throws IOException {
        try {
            return channel.receive(MAX_MESSAGE);
        } catch (WireFormatException e) {
            throw protocol("a handshake message was too long (" + e.getMessage() + ")");
        } catch (EOFException e) {
            throw protocol("it closed the connection during the handshake (" + e.getMessage() + ")");
        }
    }

    private AuthenticationException protocol(String what) {
        return new AuthenticationException(wording.notAPeer() + ": " + what);
    }

    private byte[] hmac(byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every JDK", e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
