package dev.jmp.base;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A file the runtime maps into memory to share with other processes: shared-memory segments,
 * queue chunks, wait tables, worker progress. Every such file starts with the same header, so
 * that a process never takes a file of another kind, or of another layout version, for one of
 * its own:
 *
 * <pre>
 *  0 magic (long, the kind of file; stored last, so a file with it is initialized)
 *  8 version (int)   12 header bytes (int)   16 file size (long)
 * 24 the kind's own header fields, up to the header size; then the body
 * </pre>
 *
 * Files are created readable and writable by their owner only, zero-filled (sparse: pages cost
 * memory once touched) and in native byte order. A mapping stays valid after the file is
 * deleted, until it is garbage collected; deleting is how the runtime cleans up.
 */
public final class MappedFile {

    /** Where a kind's own header fields start. */
    public static final int FIRST_FIELD = 24;

    private static final int VERSION_AT = 8;
    private static final int HEADER_AT = 12;
    private static final int SIZE_AT = 16;
    private static final VarHandle LONG = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

    /**
     * A kind of mapped file.
     *
     * @param kind what the file is, for messages ("shared memory segment")
     * @param magic the first eight bytes of every file of the kind
     * @param version the layout version; a file of another version is refused
     * @param headerBytes where the body starts, a multiple of 8 from {@link #FIRST_FIELD} on
     */
    public record Format(String kind, long magic, int version, int headerBytes) {
        public Format {
            if (headerBytes < FIRST_FIELD || headerBytes % 8 != 0) {
                throw new IllegalArgumentException("a header of " + headerBytes + " bytes");
            }
        }
    }

    /** A file that exists but is not of the format asked for (or is truncated). */
    public static final class WrongFormatException extends IOException {
        private static final long serialVersionUID = 1L;

        WrongFormatException(String message) {
            super(message);
        }
    }

    private final Path path;
    private final Format format;
    private final ByteBuffer buffer;

    private MappedFile(Path path, Format format, ByteBuffer buffer) {
        this.path = path;
        this.format = format;
        this.buffer = buffer;
    }

    /**
     * Creates a file of {@code size} bytes (header included), lets {@code header} write the
     * kind's own header fields, then publishes the magic.
     *
     * @param replace whether an existing file is truncated and reused; otherwise it is an error
     *     ({@link java.nio.file.FileAlreadyExistsException})
     */
    public static MappedFile create(Path path, Format format, int size, boolean replace, Consumer<ByteBuffer> header)
            throws IOException {
        if (size < format.headerBytes()) {
            throw new IllegalArgumentException(size + " bytes cannot hold the header of a " + format.kind());
        }
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.READ, StandardOpenOption.WRITE);
        options.addAll(replace ? Set.of(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)
                : Set.of(StandardOpenOption.CREATE_NEW));
        try (FileChannel channel = path.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? FileChannel.open(path, options, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : FileChannel.open(path, options)) {
            channel.write(ByteBuffer.allocate(1), size - 1L);
            ByteBuffer buffer = channel.map(FileChannel.MapMode.READ_WRITE, 0, size).order(ByteOrder.nativeOrder());
            buffer.putInt(VERSION_AT, format.version());
            buffer.putInt(HEADER_AT, format.headerBytes());
            buffer.putLong(SIZE_AT, size);
            header.accept(buffer);
            LONG.setRelease(buffer, 0, format.magic());
            return new MappedFile(path, format, buffer);
        }
    }

    /**
     * Maps an existing file of {@code format}.
     *
     * @throws java.nio.file.NoSuchFileException when there is no such file
     * @throws WrongFormatException when it is not a whole file of this format and version
     */
    public static MappedFile open(Path path, Format format, boolean writable) throws IOException {
        try (FileChannel channel = writable
                ? FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)
                : FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < format.headerBytes() || size > Integer.MAX_VALUE) {
                throw wrong(path, format, "it has " + size + " bytes");
            }
            ByteBuffer buffer = channel.map(writable ? FileChannel.MapMode.READ_WRITE : FileChannel.MapMode.READ_ONLY,
                    0, size).order(ByteOrder.nativeOrder());
            if ((long) LONG.getAcquire(buffer, 0) != format.magic()) {
                throw wrong(path, format, "its magic number is another");
            }
            if (buffer.getInt(VERSION_AT) != format.version() || buffer.getInt(HEADER_AT) != format.headerBytes()) {
                throw wrong(path, format, "it has layout version " + buffer.getInt(VERSION_AT) + ", this jmp reads "
                        + format.version() + " (a program and its processes must use one jmp version)");
            }
            if (buffer.getLong(SIZE_AT) != size) {
                throw wrong(path, format, "it was cut short: " + size + " of " + buffer.getLong(SIZE_AT) + " bytes");
            }
            return new MappedFile(path, format, buffer);
        }
    }

    private static WrongFormatException wrong(Path path, Format format, String why) {
        return new WrongFormatException(path + " is not a jmp " + format.kind() + ": " + why);
    }

    public Path path() {
        return path;
    }

    /** The whole mapping, header included, in native byte order; shared by every user of this mapping. */
    public ByteBuffer buffer() {
        return buffer;
    }

    /** The body, after the header, indexed from 0. */
    public ByteBuffer body() {
        return buffer.slice(format.headerBytes(), buffer.capacity() - format.headerBytes()).order(ByteOrder.nativeOrder());
    }

    /** The file's size, header included. */
    public int size() {
        return buffer.capacity();
    }

    /** Removes the file (if it is still there); mappings stay valid until they are garbage collected. */
    public void delete() {
        delete(path, format.kind());
    }

    /** Removes the file when the JVM exits, in the resources phase of the {@link ShutdownSequence}. */
    public void deleteAtExit() {
        ShutdownSequence.add(ShutdownSequence.Phase.RESOURCES, this::delete);
    }

    /** Removes a mapped file of {@code kind} by path, saying so in the log when it cannot. */
    public static void delete(Path path, String kind) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            JmpLog.log(JmpLog.RUNTIME, System.Logger.Level.WARNING,
                    "cannot remove " + kind + " " + path + ": " + e);
        }
    }

    @Override
    public String toString() {
        return format.kind() + " " + path;
    }
}
