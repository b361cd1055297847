/**
 * The manager protocol, shared by the proxies ({@code dev.jmp.manager}) and the server
 * ({@code dev.jmp.manager.server}). Not user API: public only so both sides can use it.
 *
 * <h2>On the wire</h2>
 * <ol>
 *   <li>A stream socket: a Unix domain socket in the owner's private directory for a local
 *       manager, TCP for a remote one ({@link dev.jmp.manager.wire.Endpoint}).</li>
 *   <li>Every frame, from the first, is one of the wire kit's: a {@link dev.jmp.wire.FrameHeader}
 *       (length, protocol version, flags, type), then its body; a frame of another protocol
 *       version ends the connection with {@code [jmp.wire.version]}, naming both versions.</li>
 *   <li>The mutual HMAC-SHA-256 challenge and response of every jmp socket
 *       ({@link dev.jmp.wire.Handshake}), the server challenging first; nothing else is read
 *       before it succeeds. Then the server announces its id and its frame limit, a 12-byte
 *       frame ({@link dev.jmp.manager.wire.FramedChannel#announce}); the client adopts the
 *       limit.</li>
 *   <li>Frames, strictly alternating: a request {@code [header][object id][method][arguments]},
 *       then its reply {@code [header][status][result or failure]} ({@link dev.jmp.manager.wire.Frames}).
 *       One synchronous round trip per call, on a connection the calling thread has to itself.
 *       The method is numbered per kind: the manager's own ({@link dev.jmp.manager.wire.ManagerCalls}),
 *       a built-in kind's in its table ({@code dev.jmp.manager.core}), with arguments and result
 *       encoded by their shapes ({@link dev.jmp.manager.wire.Shapes}), a {@code @Shared} class's
 *       in declaration order.
 *       The first request of every connection is {@code HELLO}: the client process's token and
 *       whether the connection is that process's anchor ({@link dev.jmp.manager.wire.ManagerCalls}). A
 *       reply that hands the caller something (a lock, a permit, items) has the status
 *       {@link dev.jmp.manager.wire.Frames#GRANTED}, and the client answers it at once with an
 *       acknowledgement frame; the server undoes the call if the connection ends first. A frame
 *       is at most the announced limit long.</li>
 * </ol>
 * Arguments and results of built-in objects are primitives plus values of
 * {@link dev.jmp.manager.wire.ValueCodec}, each tagged with its kind by the runtime's one value
 * encoder ({@code dev.jmp.value.Tagged}); those of {@code @Shared} classes use the codecs the
 * processor generates; both cover the one table of what crosses a process
 * ({@link dev.jmp.internal.Kind}). A failure crosses as a {@link dev.jmp.wire.RemoteFailure}:
 * class name, message, stack, causes and suppressed ones, as data, rebuilt by the wire's one
 * {@link dev.jmp.wire.RebuildPolicy}. Proxies cross to other processes as
 * {@link dev.jmp.manager.wire.ProxyHandle}s, which name the authkey but do not carry it
 * ({@link dev.jmp.manager.wire.KeyRing}).
 */
package dev.jmp.manager.wire;
