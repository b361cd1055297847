/**
 * What generated code calls. Nothing here is user API: names and signatures change with the
 * processor that generates the callers, and both always come from the same jmp release.
 *
 * <ul>
 *   <li>{@link dev.jmp.internal.TaskNames} is the naming contract shared by the processor and the
 *       runtime: generated class names and resource paths.</li>
 *   <li>{@link dev.jmp.internal.TaskEntry} is what a generated worker entry implements.</li>
 *   <li>{@link dev.jmp.internal.Tasks} is how a generated factory makes a {@link dev.jmp.Task},
 *       which has no public constructor: the call (entry name, encoded arguments, description)
 *       and the {@link dev.jmp.internal.ResultDecoder} of its result, the entry's static
 *       {@code decodeResult}. jmp's own packages read a task's call and decode its result
 *       through the same class, so no result is ever decoded by an entry loaded by name.</li>
 *   <li>{@link dev.jmp.internal.WireOutput} and {@link dev.jmp.internal.WireInput} are the byte
 *       format generated codecs write and read; {@link dev.jmp.internal.SharedObjects} writes and
 *       reads shared-memory objects as handles: those of a type that is
 *       {@link dev.jmp.internal.Attachable}, the runtime's side of {@code dev.jmp.sync.ProcessShareable}.</li>
 *   <li>{@link dev.jmp.internal.ValueType} is the one table of everyday JDK value types that cross
 *       natively ({@code java.time}, {@code BigDecimal}, {@code BigInteger}, {@code UUID}): the
 *       processor decides from it what a task signature may hold, generated codecs, the codecs
 *       of queues and pipes and the values of managers all write and read them through it.</li>
 * </ul>
 * This package imports no other package of the runtime.
 */
package dev.jmp.internal;
