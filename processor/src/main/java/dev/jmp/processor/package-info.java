/**
 * The jmp annotation processor. {@link dev.jmp.processor.JmpProcessor} is a thin shell; the work
 * is done in phases, one package each, as in Dagger:
 * <ol>
 *   <li>{@code parse}: elements to the records of {@code model};</li>
 *   <li>{@code validate}: the model to a report of problems, with codes from
 *       {@link dev.jmp.processor.validate.Message};</li>
 *   <li>{@code write}: the valid model to sources and the task index.</li>
 * </ol>
 * Each class and each method is processed in its own try block, so one bad method is reported
 * and skipped while the rest of the compilation goes on.
 */
package dev.jmp.processor;
