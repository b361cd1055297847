package dev.jmp.codec;

/**
 * Turns the elements of a {@link dev.jmp.queue.Queue} or the messages of a
 * {@link dev.jmp.connection.Connection} into bytes and back. A codec is chosen when the queue or
 * pipe is created and travels with its handle, so that the receiving process decodes with the
 * same one; {@code null} elements never reach a codec.
 *
 * <pre>{@code
 * Queue<String> names = Queue.create(String.class);           // a built-in codec, see Codecs.of
 * Queue<Point> points = Queue.create(new PointCodec());       // your own
 *
 * public final class PointCodec implements Codec<Point> {     // public, with a public no-arg constructor
 *     public byte[] encode(Point p) {
 *         return ByteBuffer.allocate(8).putInt(p.x()).putInt(p.y()).array();
 *     }
 *     public Point decode(byte[] bytes, int offset, int length) {
 *         ByteBuffer b = ByteBuffer.wrap(bytes, offset, length);
 *         return new Point(b.getInt(), b.getInt());
 *     }
 * }
 * }</pre>
 *
 * <p>A codec of your own is recreated in the receiving process by its class name, so it must be
 * a public class with a public no-argument constructor; the built-in ones of {@link Codecs} carry
 * their own description.
 *
 * @param <E> the element type
 */
public interface Codec<E> {

    /** The bytes of a non-null {@code value}. */
    byte[] encode(E value);

    /** The value whose encoding is {@code length} bytes of {@code bytes} from {@code offset}. */
    E decode(byte[] bytes, int offset, int length);
}
