/**
 * What generated code calls. Nothing here is user API: names and signatures change with the
 * processor that generates the callers, and both always come from the same jmp release. The
 * module exports the package for that generated code, which lives in the user's module.
 *
 * <ul>
 *   <li>{@link dev.jmp.internal.TaskNames} is the naming contract shared by the processor and the
 *       runtime: generated class names and resource paths.</li>
 *   <li>{@link dev.jmp.internal.TaskEntry} is what a generated worker entry implements.</li>
 *   <li>{@link dev.jmp.internal.TaskCall} and {@link dev.jmp.internal.ResultDecoder} are what a
 *       {@link dev.jmp.Task} holds: the call (entry name, encoded arguments, description) and the
 *       decoder of its result, the entry's static {@code decodeResult}. Generated factories make
 *       tasks through {@link dev.jmp.internal.task}, which sits above {@code dev.jmp}.</li>
 *   <li>{@link dev.jmp.internal.ChunkEntry} is what a generated worker entry also implements: its
 *       {@code runChunk} loop runs a map's chunk ({@link dev.jmp.internal.ChunkCall}) through a
 *       {@link dev.jmp.internal.ChunkRun}, the worker's side, which keeps the chunk's memo and
 *       its results; {@link dev.jmp.internal.RangeDecoder} is the entry's {@code decodeResult}
 *       that reads a result where it lies among the chunk's.</li>
 *   <li>{@link dev.jmp.internal.WireOutput} and {@link dev.jmp.internal.WireInput} are the byte
 *       format generated codecs write and read; {@link dev.jmp.internal.SharedObjects} writes and
 *       reads shared-memory objects as handles: those of a type that is
 *       {@link dev.jmp.internal.Attachable}, the runtime's side of {@code dev.jmp.sync.ProcessShareable}.</li>
 *   <li>{@link dev.jmp.internal.Kind} is the one table of what can cross a process: strings,
 *       boxes, primitive arrays, enums, records, collections, shared objects, the declared
 *       serialization fallback, and the everyday JDK value types of
 *       {@link dev.jmp.internal.ValueType} ({@code java.time}, {@code BigDecimal},
 *       {@code BigInteger}, {@code UUID}, {@code ByteBuffer}). The processor decides from it what
 *       a task signature may hold; generated codecs write the value types through it, and the
 *       codecs of queues and pipes and the values of managers write everything through the one
 *       encoder built on it ({@code dev.jmp.value}).</li>
 * </ul>
 * This package imports no other package of the runtime.
 */
package dev.jmp.internal;
