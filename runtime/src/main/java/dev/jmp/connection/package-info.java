/**
 * Pipes and connections between processes: Python's {@code Pipe}, {@code Connection},
 * {@code connection.wait}, {@code Listener} and {@code Client}.
 *
 * <h2>Python to Java</h2>
 * <table>
 *   <caption>Pipes and connections</caption>
 *   <tr><th>Python</th><th>jmp</th></tr>
 *   <tr><td>{@code a, b = Pipe()}, {@code Pipe(duplex=False)}</td><td>{@code Pipe<T> p = Pipe.create(T.class)}, then {@code p.first()}, {@code p.second()}; {@code Pipe.create(T.class, false)}</td></tr>
 *   <tr><td>{@code send(obj)}, {@code recv()}</td><td>{@code send(obj)}, {@code recv()}, through the pipe's {@link dev.jmp.codec.Codec}</td></tr>
 *   <tr><td>{@code send_bytes(buf, offset, size)}, {@code recv_bytes(maxlength)}, {@code recv_bytes_into(buf, offset)}</td><td>{@code sendBytes}, {@code recvBytes}, {@code recvBytesInto}</td></tr>
 *   <tr><td>{@code poll(timeout)}, {@code close()}, {@code closed}, {@code readable}, {@code writable}</td><td>{@code poll(Duration)}, {@code close()}, {@code isClosed()}, {@code readable()}, {@code writable()}</td></tr>
 *   <tr><td>{@code EOFError}, {@code BufferTooShort}, {@code AuthenticationError}</td><td>{@link java.io.EOFException}, {@link dev.jmp.connection.BufferTooShortException}, {@link dev.jmp.AuthenticationException}</td></tr>
 *   <tr><td>{@code wait([conn, p.sentinel], timeout)}</td><td>{@code Connection.wait(List.of(conn, p.sentinel()), timeout)}</td></tr>
 *   <tr><td>{@code Listener(address, authkey=k)}, {@code accept()}; {@code Client(address, authkey=k)}</td><td>{@code Listener.create(address, k, T.class)}, {@code accept()}; {@code Client.connect(address, k, T.class)}, over TCP ({@code InetSocketAddress}) or Unix sockets ({@code UnixDomainSocketAddress})</td></tr>
 * </table>
 *
 * <h2>Pipes</h2>
 * A pipe's messages travel through shared memory, on the same rings as {@link dev.jmp.queue.Queue}
 * (one per direction), so a send never blocks and a round trip costs microseconds. Python's pipe
 * reports end of file when every copy of the other end's descriptor is closed; jmp tracks which
 * processes hold each end (those that used it or received it as an argument) and reports end of
 * file once none does, whether they closed it or died. The creating process that never used an
 * end does not hold it, so {@code child.close()} in the parent is harmless but not needed.
 *
 * <h2>The null message</h2>
 * {@code send(null)} sends a message of its own, distinct from every encoded object and from the
 * empty message: {@code recv()} returns null for it, {@code recvBytes} returns null (not an empty
 * array) and {@code recvBytesInto} returns -1, and {@code sendBytes(null)} sends it again. So
 * bytes passed on from {@code recvBytes} to {@code sendBytes} arrive as they were sent, as the
 * bytes of Python's pickled {@code None} do. On a socket it is the frame of length -1.
 *
 * <h2>Listener and Client</h2>
 * Messages are framed as Python frames them (a 4-byte big-endian length, then the bytes). Before
 * any message is decoded the two sides authenticate each other with an HMAC-SHA-256 challenge and
 * response, Python's own (see {@link dev.jmp.wire.Handshake}); an authkey is required.
 * Handshake messages are limited to 256 bytes and 10 seconds, so garbage, truncated frames or
 * silence are refused without allocating or waiting for more.
 *
 * <p>A {@link dev.jmp.connection.Listener} runs the handshakes of the peers that connect side by
 * side, on the thread in {@code accept()} and one selector, never a thread per peer
 * ({@link dev.jmp.wire.HandshakeGate}): {@code accept()} returns the next connection that
 * finished its handshake, so a peer that is silent or sends a byte at a time delays no one. At
 * most {@value dev.jmp.connection.Listener#MAX_PENDING_HANDSHAKES} handshakes run at once; one
 * more drops the oldest. A peer that fails is closed and reported by {@code accept()} as an
 * {@link dev.jmp.AuthenticationException} when no authenticated connection is waiting. Closing
 * the listener closes the handshakes still running.
 *
 * <h2>Limits on what a peer announces</h2>
 * A message's length is trusted only as far as its bytes arrive: a long message is read into an
 * array that grows as they come, so a peer that announces 2 GiB and sends little costs little.
 * {@code recvBytes(maxLength)} and {@code recvBytesInto(buffer)} refuse a message too long for
 * them from its length alone, before anything of it is read or allocated and without waiting for
 * its bytes ({@code [jmp.connection.too-long]}, {@link dev.jmp.connection.BufferTooShortException}
 * with the length it needs). Where Python closes the connection (and, for {@code BufferTooShort},
 * reads the whole message into the exception), jmp leaves the refused message unread: the stream
 * stays in step, never half-read, and the next receive gets it; close the connection to drop it.
 * A pipe end behaves the same (the message was in shared memory already).
 */
package dev.jmp.connection;
