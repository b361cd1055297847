/**
 * Element to model: reads {@code @ProcessTask} methods, their classes and their types into the
 * records of {@code dev.jmp.processor.model}. Parsing never fails on user mistakes and never
 * reports: what is wrong is recorded in the model (for types, as
 * {@link dev.jmp.processor.model.WireType.Unsupported}) for validation to report.
 */
package dev.jmp.processor.parse;
