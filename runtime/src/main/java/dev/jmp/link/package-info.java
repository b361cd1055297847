/**
 * Runtime-internal, not user API: the wire between jmp's processes. Public types here are public
 * only so that the runtime's other packages can use them; the module does not export the package.
 *
 * <ul>
 *   <li>The control channel of every child JVM: the parent's {@link dev.jmp.link.ControlServer}
 *       on a Unix domain socket in the runtime's {@link dev.jmp.base.PrivateDirectory},
 *       the child's {@link dev.jmp.link.ControlClient}, and its frames, one small record each
 *       ({@link dev.jmp.link.Frame}: {@code Hello}, {@code Assign}, {@code Enlist},
 *       {@code RunTasks}, {@code RunChunk}, {@code TaskResults}, {@code Retire}, {@code Release},
 *       {@code Parked}, {@code Interrupt}, {@code Exiting}, {@code Goodbye}, and {@code LogRecord},
 *       a record the child logged)
 *       over a {@link dev.jmp.link.FrameChannel}, each after the wire kit's versioned
 *       {@link dev.jmp.wire.FrameHeader}: a child of another jmp release is refused with
 *       {@code [jmp.wire.version]}. A failure crosses as a {@link dev.jmp.wire.RemoteFailure},
 *       plain data, never Java-serialized.</li>
 * </ul>
 * The handshake of jmp's sockets, framing and remote failures live in {@code dev.jmp.wire}, below
 * this package. It uses only {@code dev.jmp.base}, {@code dev.jmp.internal} (the byte format),
 * {@code dev.jmp.wire} and
 * {@code dev.jmp.spi} (a task's outcome), never the API.
 */
package dev.jmp.link;
