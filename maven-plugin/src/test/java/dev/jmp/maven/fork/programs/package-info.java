/**
 * Tiny programs that the fork tests run in real child JVMs, one per behaviour under test.
 */
package dev.jmp.maven.fork.programs;
