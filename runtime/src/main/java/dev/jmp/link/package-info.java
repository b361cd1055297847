/**
 * Runtime-internal, not user API: the wire between jmp's processes. Public types here are public
 * only so that the runtime's other packages can use them; the module does not export the package.
 *
 * <ul>
 *   <li>The control channel of every child JVM: the parent's {@link dev.jmp.link.ControlServer}
 *       on a Unix domain socket in the runtime's {@link dev.jmp.base.PrivateDirectory},
 *       the child's {@link dev.jmp.link.ControlClient}, and its frames, one small record each
 *       ({@link dev.jmp.link.Frame}: {@code Hello}, {@code Assign}, {@code Enlist},
 *       {@code RunTasks}, {@code TaskResults}, {@code Retire}, {@code Exiting}, {@code Goodbye})
 *       over a {@link dev.jmp.link.FrameChannel}. A failure crosses as a
 *       {@link dev.jmp.link.RemoteFailure}, plain data, never Java-serialized.</li>
 *   <li>The mutual HMAC-SHA-256 {@link dev.jmp.link.Handshake} of every jmp socket, a
 *       {@code Listener} and its {@code Client} as well as a manager and its proxies, and the
 *       {@link dev.jmp.link.HandshakeGate} that runs many at once on a listening socket. A
 *       refusal is thrown as the exception its caller supplies: the API's
 *       {@code AuthenticationException} where a user sees it, a
 *       {@link dev.jmp.link.PeerRefusedException} in a manager's server, where none does.</li>
 * </ul>
 * It uses only {@code dev.jmp.base}, {@code dev.jmp.internal} (the byte format) and
 * {@code dev.jmp.spi} (a task's outcome), never the API.
 */
package dev.jmp.link;
