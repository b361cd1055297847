package dev.jmp.wire;

import dev.jmp.base.KernelRandom;
import dev.jmp.internal.WireFormatException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The mutual authentication of every jmp socket, a {@code Listener} and its {@code Client} as
 * well as a manager and its proxies: Python's {@code deliver_challenge} and
 * {@code answer_challenge} with HMAC-SHA-256, run in both directions before any message is
 * decoded. Each message is a frame: {@link FrameFormat#LENGTH_PREFIXED} as Python sends it on a
 * connection, {@link FrameFormat#JMP} of type {@link #FRAME_TYPE} on a manager's.
 *
 * <ol>
 *   <li>the challenger sends {@code #CHALLENGE#{sha256}}, its protocol version as
 *       {@code jmp-wire/1;} and 40 fresh random bytes;</li>
 *   <li>the other side answers {@code {sha256}} and the HMAC-SHA-256, keyed with the authkey, of
 *       everything after {@code #CHALLENGE#};</li>
 *   <li>the challenger compares in constant time and sends {@code #WELCOME#} or
 *       {@code #FAILURE#}, closing on failure.</li>
 * </ol>
 * The listening side challenges first, then the connecting side does, so each proves to the
 * other that it knows the key, and a server that welcomes anyone is caught by the client's own
 * challenge. A handshake message may not exceed {@link #MAX_MESSAGE} bytes; anything else is
 * refused before more is read. Time limits are the driver's business.
 *
 * <p>The version is where Python puts random bytes, which Python answers without looking at, so
 * Python's {@code Client} and {@code Listener} still authenticate with jmp's. A jmp side that is
 * challenged with another version does not answer with the HMAC but with its own version, and
 * both sides fail with {@link WireProtocol#mismatch}, naming both versions; a challenge with no
 * version (Python's) is answered as Python would.
 *
 * <p>One handshake is a state machine fed the messages received ({@link #received}) and drained
 * of the messages to send ({@link #outgoing}), so that a blocking driver
 * ({@link #authenticate}) and one multiplexing many peers on a selector ({@link HandshakeGate})
 * run the same steps.
 */
public final class Handshake {

    /** The longest handshake message accepted. */
    public static final int MAX_MESSAGE = 256;
    /** The type of a handshake message's frame in {@link FrameFormat#JMP}. */
    public static final int FRAME_TYPE = 16;
    private static final byte[] CHALLENGE = ascii("#CHALLENGE#");
    private static final byte[] WELCOME = ascii("#WELCOME#");
    private static final byte[] FAILURE = ascii("#FAILURE#");
    private static final byte[] DIGEST = ascii("{sha256}");
    private static final byte[] MARKER = ascii(WireProtocol.MARKER);
    private static final byte[] VERSION = ascii(WireProtocol.MARKER + WireProtocol.VERSION + ";");
    private static final int NONCE_BYTES = 40;
    private static final int KEY_BYTES = 32;
    /** HMAC's block: SHA-256's, 64 bytes. */
    private static final int BLOCK = 64;

    /** Where the handshake's frames go. */
    public interface Channel {

        /** Sends one frame. */
        void send(byte[] message) throws IOException;

        /**
         * The next frame's payload.
         *
         * @throws EOFException when the other side closed the connection
         * @throws FrameTooLongException when the frame claims more than {@code maxLength} bytes;
         *     its payload is not read
         * @throws WireVersionException when its header is of another protocol version
         * @throws WireFormatException when it claims a length that no frame has
         */
        byte[] receive(int maxLength) throws IOException;
    }

    /**
     * How one user of the handshake reports its failures, each message starting with its code.
     *
     * @param peer the other side, as a version mismatch names it: {@code "a client"}
     * @param refused the other side refused this side's answer: the keys differ
     * @param wrongAnswer the other side answered this side's challenge wrongly
     * @param notAPeer the other side does not speak the handshake; a detail is appended
     * @param failure makes the exception a failure is thrown as, from its message: the user's
     *     {@code dev.jmp.AuthenticationException}, which this layer, below the API, cannot name
     */
    public record Wording(String peer, String refused, String wrongAnswer, String notAPeer,
            Function<String, ? extends RuntimeException> failure) {

        /** A wording that names the other side "the other side". */
        public Wording(String refused, String wrongAnswer, String notAPeer,
                Function<String, ? extends RuntimeException> failure) {
            this("the other side", refused, wrongAnswer, notAPeer, failure);
        }

        /** The failure with {@code message}, to throw. */
        public RuntimeException fail(String message) {
            return failure.apply(message);
        }
    }

    /** What the handshake waits for next. */
    private enum Expecting { ANSWER, CHALLENGE, VERDICT, NOTHING }

    private final byte[] key;
    private final Wording wording;
    private final boolean listening;
    private final List<byte[]> outgoing = new ArrayList<>();
    private Expecting expecting;
    private byte[] challenged;
    private boolean failed;

    private Handshake(byte[] key, Wording wording, boolean listening) {
        this.key = key.length == 0 ? new byte[1] : key; // HMAC pads keys with zeros: the same key
        this.wording = wording;
        this.listening = listening;
        if (listening) {
            challenge();
        } else {
            expecting = Expecting.CHALLENGE;
        }
    }

    /**
     * Starts a handshake; the listening side's challenge is then in {@link #outgoing()}.
     *
     * @param listening whether this is the side that accepted the connection
     */
    public static Handshake start(byte[] key, Wording wording, boolean listening) {
        return new Handshake(key, wording, listening);
    }

    /**
     * Authenticates both ways over a blocking channel, the listening side's challenge first.
     *
     * @param listening whether this is the side that accepted the connection
     * @throws RuntimeException the wording's failure, when either side does not prove it has the
     *     key, or the other side does not speak the handshake; the caller closes the connection
     */
    public static void authenticate(Channel channel, byte[] key, Wording wording, boolean listening)
            throws IOException {
        Handshake handshake = start(key, wording, listening);
        while (true) {
            for (byte[] message : handshake.outgoing()) {
                channel.send(message);
            }
            if (handshake.done()) {
                return;
            }
            byte[] message;
            try {
                message = channel.receive(MAX_MESSAGE);
            } catch (FrameTooLongException | WireFormatException e) {
                throw handshake.broken("a handshake message was too long (" + e.getMessage() + ")");
            } catch (WireVersionException e) {
                throw handshake.versionMismatch(e.theirs());
            } catch (EOFException e) {
                throw handshake.broken("it closed the connection during the handshake (" + e.getMessage() + ")");
            }
            try {
                handshake.received(message);
            } catch (RuntimeException e) {
                try {
                    for (byte[] verdict : handshake.outgoing()) {
                        channel.send(verdict);
                    }
                } catch (IOException lost) {
                    e.addSuppressed(lost); // the peer may have gone; the refusal stands
                }
                throw e;
            }
        }
    }

    /** The messages to send now, in order; each is returned once. */
    public List<byte[]> outgoing() {
        List<byte[]> messages = List.copyOf(outgoing);
        outgoing.clear();
        return messages;
    }

    /** Whether both sides proved they know the key. */
    public boolean done() {
        return expecting == Expecting.NOTHING && !failed;
    }

    /**
     * Takes the next message received.
     *
     * @throws RuntimeException the wording's failure, when the other side failed; a {@code #FAILURE#} verdict
     *     for it may be in {@link #outgoing()}, to send before closing
     */
    public void received(byte[] message) {
        if (failed || expecting == Expecting.NOTHING) {
            throw new IllegalStateException("the handshake is over");
        }
        try {
            switch (expecting) {
                case ANSWER -> checkAnswer(message);
                case CHALLENGE -> answer(message);
                case VERDICT -> checkVerdict(message);
                default -> throw new IllegalStateException(expecting.name());
            }
        } catch (RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    /** The failure of a peer that does not speak the handshake: {@code what} it did instead. */
    public RuntimeException broken(String what) {
        failed = true;
        return wording.fail(wording.notAPeer() + ": " + what);
    }

    /** The failure of a peer that speaks the protocol version {@code theirs}. */
    public RuntimeException versionMismatch(int theirs) {
        failed = true;
        return wording.fail(WireProtocol.mismatch(wording.peer(), theirs));
    }

    /** A fresh random authkey of the recommended size, as Python's {@code os.urandom(32)}. */
    public static byte[] newKey() {
        return KernelRandom.bytes(KEY_BYTES);
    }

    /** Makes the other side prove that it knows the key. */
    private void challenge() {
        byte[] nonce = KernelRandom.bytes(NONCE_BYTES);
        challenged = concat(concat(DIGEST, VERSION), nonce);
        outgoing.add(concat(CHALLENGE, challenged));
        expecting = Expecting.ANSWER;
    }

    private void checkAnswer(byte[] answer) {
        if (!MessageDigest.isEqual(answer, concat(DIGEST, hmac(key, challenged)))) {
            outgoing.add(FAILURE);
            int theirs = version(answer, 0);
            throw theirs > 0 && theirs != WireProtocol.VERSION ? versionMismatch(theirs)
                    : wording.fail(wording.wrongAnswer());
        }
        outgoing.add(WELCOME);
        expecting = listening ? Expecting.CHALLENGE : Expecting.NOTHING;
    }

    /** Proves to the other side that this one knows the key. */
    private void answer(byte[] challenge) {
        if (!startsWith(challenge, concat(CHALLENGE, DIGEST))) {
            throw broken("a challenge was expected but something else arrived");
        }
        int theirs = version(challenge, CHALLENGE.length + DIGEST.length);
        if (theirs > 0 && theirs != WireProtocol.VERSION) {
            outgoing.add(VERSION); // instead of an answer: the challenger learns why
            throw versionMismatch(theirs);
        }
        byte[] message = Arrays.copyOfRange(challenge, CHALLENGE.length, challenge.length);
        outgoing.add(concat(DIGEST, hmac(key, message)));
        expecting = Expecting.VERDICT;
    }

    /**
     * The protocol version written as {@code jmp-wire/N;} at {@code from} in {@code message}, or
     * 0 when there is none there (a Python peer's random bytes).
     */
    static int version(byte[] message, int from) {
        int at = from + MARKER.length;
        if (!Arrays.equals(message, from, Math.min(at, message.length), MARKER, 0, MARKER.length)) {
            return 0;
        }
        int version = 0;
        for (int i = at; i < message.length && i < at + 4; i++) {
            if (message[i] == ';') {
                return i > at ? version : 0;
            }
            if (message[i] < '0' || message[i] > '9') {
                return 0;
            }
            version = version * 10 + message[i] - '0';
        }
        return 0;
    }

    private void checkVerdict(byte[] verdict) {
        if (Arrays.equals(verdict, FAILURE)) {
            throw wording.fail(wording.refused());
        }
        if (!Arrays.equals(verdict, WELCOME)) {
            throw broken("#WELCOME# or #FAILURE# was expected but something else arrived");
        }
        if (listening) {
            expecting = Expecting.NOTHING;
        } else {
            challenge();
        }
    }

    /**
     * HMAC-SHA-256 of {@code message} under the key (RFC 2104), on {@link MessageDigest} rather
     * than {@code javax.crypto.Mac}: the digest comes from the first security provider, which a
     * JVM sets up anyway, where finding a Mac sets up every provider before the one that has it,
     * some 30 ms of CPU a fresh JVM spends on its first handshake.
     */
    static byte[] hmac(byte[] key, byte[] message) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        byte[] block = Arrays.copyOf(key.length > BLOCK ? sha.digest(key) : key, BLOCK);
        for (int i = 0; i < BLOCK; i++) {
            block[i] ^= 0x36;
        }
        sha.update(block);
        byte[] inner = sha.digest(message);
        for (int i = 0; i < BLOCK; i++) {
            block[i] ^= 0x36 ^ 0x5c;
        }
        sha.update(block);
        return sha.digest(inner);
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
