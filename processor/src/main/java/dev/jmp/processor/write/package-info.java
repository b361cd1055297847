/**
 * Model to source: one generator per output kind (the task factory, the worker entry, the task
 * index), on a common base that marks every generated type {@code @Generated} and ties it to the
 * element it came from. Codecs are written inline for the declared signature by
 * {@link dev.jmp.processor.write.Encoder} and {@link dev.jmp.processor.write.Decoder}, which walk
 * a {@link dev.jmp.processor.model.WireType}; every local they declare comes from one
 * {@link com.palantir.javapoet.NameAllocator} per method, so nested loops never clash.
 */
package dev.jmp.processor.write;
