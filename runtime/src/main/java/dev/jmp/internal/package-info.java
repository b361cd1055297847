/**
 * What generated code calls. Nothing here is user API: names and signatures change with the
 * processor that generates the callers, and both always come from the same jmp release.
 *
 * <ul>
 *   <li>{@link dev.jmp.internal.TaskNames} is the naming contract shared by the processor and the
 *       runtime: generated class names and resource paths.</li>
 *   <li>{@link dev.jmp.internal.TaskEntry} is what a generated worker entry implements.</li>
 *   <li>{@link dev.jmp.internal.WireOutput} and {@link dev.jmp.internal.WireInput} are the byte
 *       format generated codecs write and read; {@link dev.jmp.internal.SharedObjects} writes and
 *       reads shared-memory objects as handles.</li>
 * </ul>
 */
package dev.jmp.internal;
