/**
 * Runtime-internal, not user API: the wire kit, the one way jmp processes talk over a stream.
 * Control links ({@code dev.jmp.link}), manager connections ({@code dev.jmp.manager.wire}) and
 * {@code Listener}/{@code Client} connections ({@code dev.jmp.connection}) all frame, version,
 * authenticate and report failures with what is here; nothing of it is written twice.
 *
 * <ul>
 *   <li>{@link dev.jmp.wire.FrameHeader}: the header of every jmp frame, after Aeron's
 *       {@code HeaderFlyweight}: length, protocol version, flags, type.
 *       {@link dev.jmp.wire.FrameFormat} names it and the other format spoken,
 *       {@link dev.jmp.wire.FrameFormat#LENGTH_PREFIXED Python's}: connections keep it, so that
 *       a Python {@code multiprocessing.connection} peer exchanges messages with a jmp one.</li>
 *   <li>{@link dev.jmp.wire.FrameReader} and {@link dev.jmp.wire.FrameWriter}: the one reading
 *       and writing code, blocking or with deadlines. A frame's announced length is trusted only
 *       as far as its bytes arrive: one over the reader's limit is refused from its header,
 *       unread; one larger than the read buffer gets an array of its size up to 512 KiB, and
 *       beyond that grows as its bytes come. A frame is built in one buffer, sized from what it
 *       carries, its length filled in place ({@link dev.jmp.wire.FrameHeader#seal}), and written
 *       from there: a large frame (a map's chunk, a batch's results) is copied once on each
 *       side, into the frame and out of the socket, not whole again at each step.</li>
 *   <li>{@link dev.jmp.wire.WireProtocol}: the protocol version, carried by every frame header
 *       and by every handshake challenge; a peer of another version is refused on both sides
 *       with {@code [jmp.wire.version]}, naming both versions.</li>
 *   <li>{@link dev.jmp.wire.Handshake}, with {@link dev.jmp.wire.HandshakeGate} to run many on
 *       one selector: the mutual HMAC-SHA-256 authentication of every jmp socket, Python's own,
 *       so that a Python {@code Client} or {@code Listener} authenticates with jmp's. A refusal is
 *       thrown as the exception its caller supplies: the API's {@code AuthenticationException}
 *       where a user sees it, a {@link dev.jmp.wire.PeerRefusedException} in a manager's server,
 *       where none does.</li>
 *   <li>{@link dev.jmp.wire.RemoteFailure}, an exception as data, and
 *       {@link dev.jmp.wire.RebuildPolicy}, the one rule for rebuilding it on the other side:
 *       the same class only if it is unchecked or declared and has a message constructor, a
 *       stand-in naming it otherwise; never an arbitrary class the wire names.</li>
 * </ul>
 * What values look like inside frames is the one table of {@link dev.jmp.internal.ValueType},
 * below this package since generated code calls it. This package uses only {@code dev.jmp.base}
 * and {@code dev.jmp.internal}; what an API type it cannot name must be (the
 * {@code AuthenticationException} a failed handshake is thrown as), its callers supply.
 */
package dev.jmp.wire;
