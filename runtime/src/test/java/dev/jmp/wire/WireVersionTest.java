package dev.jmp.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A peer of another protocol version is refused on both sides, with both versions named and the fix. */
class WireVersionTest {

    private static final Handshake.Wording WORDING = new Handshake.Wording("the manager at localhost:5000",
            "[jmp.test.refused] refused", "[jmp.test.wrong] wrong answer", "[jmp.test.not-a-peer] not a peer",
            IllegalStateException::new);
    private static final byte[] KEY = "secret".getBytes(StandardCharsets.US_ASCII);
    private static final int OTHER = WireProtocol.VERSION + 1;

    private static void assertNamesBothVersions(String message) {
        assertEquals("[jmp.wire.version] the manager at localhost:5000 speaks jmp wire protocol " + OTHER
                + ", this process speaks " + WireProtocol.VERSION + "; run both with the same jmp release", message);
    }

    @Test
    void aChallengeOfAnotherVersionIsAnsweredWithOurVersionNotTheKeysProof() {
        Handshake connecting = Handshake.start(KEY, WORDING, false);
        byte[] challenge = ascii("#CHALLENGE#{sha256}jmp-wire/" + OTHER + ";" + "x".repeat(40));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> connecting.received(challenge));
        assertNamesBothVersions(e.getMessage());
        List<byte[]> reply = connecting.outgoing();
        assertEquals(1, reply.size());
        assertEquals("jmp-wire/" + WireProtocol.VERSION + ";", new String(reply.get(0), StandardCharsets.US_ASCII));
    }

    @Test
    void theChallengerLearnsTheVersionFromThatReply() {
        Handshake listening = Handshake.start(KEY, WORDING, true);
        String challenge = new String(listening.outgoing().get(0), StandardCharsets.US_ASCII);
        assertTrue(challenge.startsWith("#CHALLENGE#{sha256}jmp-wire/" + WireProtocol.VERSION + ";"), challenge);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> listening.received(ascii("jmp-wire/" + OTHER + ";")));
        assertNamesBothVersions(e.getMessage());
        assertEquals("#FAILURE#", new String(listening.outgoing().get(0), StandardCharsets.US_ASCII));
    }

    @Test
    void aPythonChallengeHasNoVersionAndIsAnsweredAsPythonWould() {
        Handshake connecting = Handshake.start(KEY, WORDING, false);
        byte[] random = new byte[40];
        Arrays.fill(random, (byte) 'j');
        byte[] challenge = concat(ascii("#CHALLENGE#{sha256}"), random);
        connecting.received(challenge);
        assertTrue(new String(connecting.outgoing().get(0), StandardCharsets.US_ASCII).startsWith("{sha256}"));
    }

    @Test
    void aFrameOfAnotherVersionIsRefusedFromItsHeader() {
        byte[] frame = FrameHeader.frame(Handshake.FRAME_TYPE, new byte[] {1, 2, 3});
        frame[FrameHeader.VERSION_OFFSET] = (byte) OTHER;
        FrameReader reader = new FrameReader(Channels.newChannel(new ByteArrayInputStream(frame)), FrameFormat.JMP)
                .peer("the manager at localhost:5000");
        WireVersionException e = assertThrows(WireVersionException.class, () -> reader.read(1024));
        assertEquals(OTHER, e.theirs());
        assertNamesBothVersions(e.getMessage());
    }

    @Test
    void theBlockingHandshakeTurnsAVersionRefusalIntoTheUsersFailure() {
        byte[] frame = FrameHeader.frame(Handshake.FRAME_TYPE, ascii("#CHALLENGE#{sha256}"));
        frame[FrameHeader.VERSION_OFFSET] = (byte) OTHER;
        FrameReader reader = new FrameReader(Channels.newChannel(new ByteArrayInputStream(frame)), FrameFormat.JMP)
                .peer("the manager at localhost:5000");
        Handshake.Channel channel = new Handshake.Channel() {
            @Override
            public void send(byte[] message) {}

            @Override
            public byte[] receive(int maxLength) throws java.io.IOException {
                return reader.read(maxLength);
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Handshake.authenticate(channel, KEY, WORDING, false));
        assertNamesBothVersions(e.getMessage());
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
