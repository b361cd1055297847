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
 *       reads shared-memory objects as handles.</li>
 * </ul>
 * Also here, because every part of the runtime needs it and it belongs to none:
 * {@link dev.jmp.internal.ProcessIdentity}, a process named so that pid reuse cannot fool us.
 */
package dev.jmp.internal;
