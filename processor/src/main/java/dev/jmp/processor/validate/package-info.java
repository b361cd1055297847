/**
 * Model to report: every rule a task must meet, each with a stable code from
 * {@link dev.jmp.processor.validate.Message}. Validators return a
 * {@link dev.jmp.processor.validate.Report} and never print; the processor prints it and
 * generates only what came back clean.
 */
package dev.jmp.processor.validate;
