/**
 * How elements of queues and messages of connections become bytes: {@link dev.jmp.codec.Codec},
 * the built-ins of {@link dev.jmp.codec.Codecs}, and {@link dev.jmp.codec.CodecException}.
 *
 * <p>Python pickles whatever is put on a queue; there is no such universal, safe format in Java,
 * so a queue or pipe is created for one element type and its codec is chosen then
 * ({@code Queue.create(Integer.class)}, {@code Queue.create(myCodec)}). The codec travels with
 * the queue's handle, so the receiving process decodes with the same one. The built-in codecs
 * follow the one table of what crosses a process, which tasks and managers follow too, and are
 * written by the runtime's one value encoder. Java serialization is
 * used only for {@link java.io.Serializable} types with no codec of their own, and is always read
 * through an {@link java.io.ObjectInputFilter}: an arbitrary class is never deserialized.
 */
package dev.jmp.codec;
