/**
 * The one encoder of values that cross a process, over the one table of what can cross
 * ({@link dev.jmp.internal.Kind}, with the everyday JDK value types of
 * {@link dev.jmp.internal.ValueType}). Not exported: the codecs of queues, pipes and connections
 * ({@code dev.jmp.codec}) and the values of managers ({@code dev.jmp.manager.wire}) are its users.
 *
 * <ul>
 *   <li>{@link dev.jmp.value.Plans} makes the {@link dev.jmp.value.Plan} of a declared type, for
 *       the codecs: a record is its components by the plans of their declared types, a
 *       collection its size and elements; nothing names a class on the wire.</li>
 *   <li>{@link dev.jmp.value.Tagged} is the plan of values only they know the type of, for the
 *       managers: each value starts with its kind's tag, records and enums name their class, and
 *       shared objects cross as handles ({@link dev.jmp.value.Handles}).</li>
 * </ul>
 * Both write each kind the same way through the same classes: one record reflection (accessors
 * and canonical constructor found once per class), one enum, collection and serialization
 * encoding. Code generated for tasks and {@code @Shared} methods is checked at compile time
 * against the same table; a processor test fails when the two disagree.
 */
package dev.jmp.value;
