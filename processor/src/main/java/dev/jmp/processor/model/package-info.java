/**
 * What the processor knows about a task, as plain records: the {@code parse} phase builds them
 * from elements, {@code validate} checks them and {@code write} turns them into sources.
 *
 * <p>The model keeps the elements it came from only so that diagnostics can point at them; all
 * decisions about how a value crosses a process boundary live in {@link
 * dev.jmp.processor.model.WireType}, so the writers only walk a tree and never look at a
 * {@code TypeMirror}.
 */
package dev.jmp.processor.model;
