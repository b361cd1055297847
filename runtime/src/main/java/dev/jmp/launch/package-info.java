/**
 * Child JVMs: how they are started, what they run and how they live with their parent. The
 * sub-packages follow the two sides of a child's life:
 * <ul>
 *   <li>{@link dev.jmp.launch.parent} is the parent's side: the command line, the launcher, its
 *       view of a running child, output forwarding, exit codes, and what happens to children at
 *       exit.</li>
 *   <li>{@link dev.jmp.launch.child} is the child's side: the bootstrap every child JVM starts
 *       in, its watchdog on the parent, the one loader of task entries, and a pool worker's
 *       loop with the progress file it keeps for its parent.</li>
 *   <li>{@link dev.jmp.launch.spares} keeps warm spare JVMs: children started ahead, without a
 *       task, and claimed by a later start. It builds on the parent's side.</li>
 *   <li>{@link dev.jmp.launch.cds} makes and chooses the class-data archive children map at
 *       start; the parent's side asks it for options.</li>
 * </ul>
 * This package holds what both sides share: who this process is ({@link
 * dev.jmp.launch.CurrentProcess}). The order of what runs at exit is below every layer, in
 * {@link dev.jmp.base.ShutdownSequence}.
 *
 * <p>Dependencies run one way: {@code spares} → {@code parent} → {@code cds} → {@code child} →
 * this package, and {@code parent} → {@code child} for the child's environment contract, which
 * {@code ChildMain} writes down where it reads it. Nothing here reads the user API
 * ({@code dev.jmp}): the API passes down what it chose (options, spare policy).
 *
 * <p>Not user API: public only for the API packages above it and the worker backends; the module
 * does not export the package.
 */
package dev.jmp.launch;
