package dev.jmp.link;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * One message on a control channel. Each kind is a small immutable record with a one-byte tag;
 * {@link FrameChannel} adds the length prefix and dispatches on the tag when reading.
 */
public sealed interface Frame permits Hello, Assign, Goodbye, Exiting, Enlist, RunTasks, TaskResults, Retire,
        Interrupt, RunChunk, Release, Parked, LogRecord {

    /** The tag that identifies this kind of frame on the wire. */
    byte tag();

    /** Writes the frame's fields (not its tag or length). */
    void writeTo(WireOutput out);

    /**
     * About how many bytes {@link #writeTo} writes: the frame's buffer is made that large, so that
     * a frame carrying a large part (a chunk's arguments, a batch's results) is not grown into.
     */
    default int sizeHint() {
        return 64;
    }

    /** Reads the fields of a frame whose tag was {@code tag}. */
    static Frame read(byte tag, WireInput in) {
        Frame frame = switch (tag) {
            case Hello.TAG -> Hello.readFrom(in);
            case Assign.TAG -> Assign.readFrom(in);
            case Goodbye.TAG -> Goodbye.readFrom(in);
            case Exiting.TAG -> Exiting.readFrom(in);
            case Enlist.TAG -> Enlist.readFrom(in);
            case RunTasks.TAG -> RunTasks.readFrom(in);
            case TaskResults.TAG -> TaskResults.readFrom(in);
            case Retire.TAG -> Retire.readFrom(in);
            case Interrupt.TAG -> Interrupt.readFrom(in);
            case RunChunk.TAG -> RunChunk.readFrom(in);
            case Release.TAG -> Release.readFrom(in);
            case Parked.TAG -> Parked.readFrom(in);
            case LogRecord.TAG -> LogRecord.readFrom(in);
            default -> throw new dev.jmp.internal.WireFormatException("unknown frame tag " + tag);
        };
        in.expectEnd();
        return frame;
    }
}
