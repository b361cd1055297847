/**
 * What generated task factories call to make a {@link dev.jmp.Task}: {@link dev.jmp.internal.task.Tasks}.
 * Not user API: names and signatures change with the processor that generates the callers, and
 * both always come from the same jmp release. The module exports the package for those factories,
 * which live in the user's module.
 * A map's function calls the same factories while the map captures on its thread
 * ({@link dev.jmp.internal.task.ArgumentCapture}): the factory then writes its arguments into the
 * map's {@link dev.jmp.internal.task.ArgumentChunk} and returns a task that stands for its place
 * there ({@link dev.jmp.internal.task.Tasks#chunkOf}, {@link dev.jmp.internal.task.Tasks#indexIn}),
 * which the pool sends with its chunk. Such a task
 * is one object: its decoder is the chunk and it holds its index, since a map keeps all of its
 * tasks alive while it runs and a young collection copies each of them.
 *
 * <p>It sits above the API's root package, which it reads, and below the pools and managers,
 * which read a task's call and decode its result through it; {@code Task} itself names nothing
 * here. So no result is ever decoded by an entry loaded by name, and no package uses another in
 * a circle.
 */
package dev.jmp.internal.task;
