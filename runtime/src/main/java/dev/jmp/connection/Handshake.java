package dev.jmp.connection;

import dev.jmp.AuthenticationException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The authentication of a {@link Listener} and a {@link Client}, Python's
 * {@code deliver_challenge} and {@code answer_challenge} with HMAC-SHA-256, run in both
 * directions before any message is decoded:
 *
 * <ol>
 *   <li>the challenger sends {@code #CHALLENGE#{sha256}} and 40 random bytes;</li>
 *   <li>the other side answers {@code {sha256}} and the HMAC-SHA-256, keyed with the authkey, of
 *       everything after {@code #CHALLENGE#};</li>
 *   <li>the challenger compares in constant time and sends {@code #WELCOME#} or
 *       {@code #FAILURE#}, closing on failure.</li>
 * </ol>
 * The listener challenges first, then the client does. Handshake messages are framed like all
 * others but may not exceed {@link #MAX_MESSAGE} bytes, and the whole exchange must finish within
 * {@link #TIMEOUT}; anything else is refused before more is read.
 */
final class Handshake {

    static final int MAX_MESSAGE = 256;
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final byte[] CHALLENGE = ascii("#CHALLENGE#");
    private static final byte[] WELCOME = ascii("#WELCOME#");
    private static final byte[] FAILURE = ascii("#FAILURE#");
    private static final byte[] DIGEST = ascii("{sha256}");
    private static final int NONCE_BYTES = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SocketTransport transport;
    private final byte[] authkey;
    private final long deadline = SocketTransport.deadline(TIMEOUT);

    Handshake(SocketTransport transport, byte[] authkey) {
        this.transport = transport;
        this.authkey = authkey;
    }

    /** A copy of {@code authkey}, which must not be empty. */
    static byte[] checkedKey(byte[] authkey) {
        if (authkey == null || authkey.length == 0) {
            throw new IllegalArgumentException("[jmp.connection.no-authkey] an authkey is required: connections"
                    + " are authenticated before anything is decoded; pass the same secret bytes to both sides");
        }
        return authkey.clone();
    }

    /**
     * Authenticates a newly connected socket both ways, the listener's challenge first, and
     * returns its transport; closes the socket if that fails.
     *
     * @throws AuthenticationException when either side does not prove it has the authkey
     */
    static SocketTransport authenticate(SocketChannel channel, byte[] authkey, boolean listener) throws IOException {
        SocketTransport transport = null;
        try {
            transport = new SocketTransport(channel);
            Handshake handshake = new Handshake(transport, authkey);
            if (listener) {
                handshake.deliverChallenge();
                handshake.answerChallenge();
            } else {
                handshake.answerChallenge();
                handshake.deliverChallenge();
            }
            return transport;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(channel, transport);
            throw new InterruptedIOException("interrupted during the handshake");
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel, transport);
            throw e;
        }
    }

    private static void closeQuietly(SocketChannel channel, SocketTransport transport) {
        try {
            if (transport != null) {
                transport.close();
            }
            channel.close();
        } catch (IOException e) {
            // the handshake's own failure is what the caller needs to see
        }
    }

    /** Proves that the other side knows the authkey. */
    void deliverChallenge() throws IOException, InterruptedException {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] message = concat(DIGEST, nonce);
        transport.send(concat(CHALLENGE, message));
        byte[] answer = receive();
        if (!MessageDigest.isEqual(answer, concat(DIGEST, hmac(message)))) {
            transport.send(FAILURE);
            throw new AuthenticationException("[jmp.connection.auth-failed] the other side answered the"
                    + " challenge wrongly: it does not have this authkey; connection refused");
        }
        transport.send(WELCOME);
    }

    /** Proves to the other side that this one knows the authkey. */
    void answerChallenge() throws IOException, InterruptedException {
        byte[] challenge = receive();
        if (!startsWith(challenge, concat(CHALLENGE, DIGEST))) {
            throw protocol("a challenge was expected");
        }
        byte[] message = Arrays.copyOfRange(challenge, CHALLENGE.length, challenge.length);
        transport.send(concat(DIGEST, hmac(message)));
        byte[] verdict = receive();
        if (!Arrays.equals(verdict, WELCOME)) {
            throw new AuthenticationException(Arrays.equals(verdict, FAILURE)
                    ? "[jmp.connection.auth-refused] the other side refused this side's answer: the two"
                            + " sides use different authkeys"
                    : protocol("#WELCOME# or #FAILURE# was expected").getMessage());
        }
    }

    private byte[] receive() throws IOException, InterruptedException {
        byte[] message;
        try {
            message = transport.readFrame(deadline, MAX_MESSAGE);
        } catch (SocketTransport.FrameTooLongException e) {
            throw protocol("a handshake message was too long (" + e.getMessage() + ")");
        } catch (EOFException e) {
            throw new AuthenticationException("[jmp.connection.auth-protocol] the other side closed the"
                    + " connection during the handshake (" + e.getMessage() + ")");
        }
        if (message == null) {
            throw new AuthenticationException("[jmp.connection.auth-timeout] the handshake did not finish within "
                    + TIMEOUT + "; the other side is not a jmp Listener or Client, or is stuck");
        }
        return message;
    }

    private static AuthenticationException protocol(String what) {
        return new AuthenticationException("[jmp.connection.auth-protocol] " + what + " but something else"
                + " arrived; the other side does not speak the jmp handshake");
    }

    private byte[] hmac(byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(authkey, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is missing from this JDK", e);
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
