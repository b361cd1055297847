/**
 * Warm spare JVMs, jmp's {@code forkserver}: children started ahead of time, booted, connected
 * and waiting without a task, one reservoir per set of JVM options
 * ({@link dev.jmp.launch.spares.Spares}), kept as a {@link dev.jmp.launch.spares.SparePolicy}
 * says. {@link dev.jmp.launch.spares.Spares#launch} starts a child on a spare when one is ready
 * and cold otherwise, so every start goes through it.
 *
 * <p>The policy is what the API chose ({@code Context.withSpares}); nothing here reads the API.
 * Not user API; the module does not export the package.
 */
package dev.jmp.launch.spares;
