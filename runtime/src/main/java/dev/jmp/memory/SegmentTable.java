package dev.jmp.memory;

import dev.jmp.base.ProcessIdentity;
import dev.jmp.base.RuntimeDirectories;
import dev.jmp.base.ShutdownSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The segments this JVM has mapped, each mapped once however many objects use it, and counted:
 * every open object holds one claim on its segment. When the last claim on a segment this
 * runtime created is released, the file is removed; a shutdown hook removes the rest. Attached
 * segments are never removed here; their creator does that.
 */
final class SegmentTable {

    static final int SEGMENT_SIZE = 1 << 20;
    /** Larger objects get a segment of their own rather than wasting the end of a shared one. */
    private static final int DEDICATED_ABOVE = SEGMENT_SIZE / 4;

    private static final SegmentTable INSTANCE = new SegmentTable();

    private final Map<Path, Segment> mapped = new HashMap<>();
    private final Map<Path, Segment> current = new HashMap<>();
    private final Set<Path> swept = new HashSet<>();
    private long sequence;
    private boolean hookInstalled;

    static SegmentTable instance() {
        return INSTANCE;
    }

    /** Space for a new object, in a segment of the current directory created by this runtime. */
    synchronized SharedRegion allocate(int bytes) {
        if (bytes <= 0 || bytes > Integer.MAX_VALUE - Segment.HEADER - 4096) {
            throw new IllegalArgumentException("cannot allocate " + bytes + " bytes of shared memory");
        }
        Path directory = SegmentFiles.directory();
        if (swept.add(directory)) {
            RuntimeDirectories.sweep(directory);
            BlockFiles.sweep(directory);
        }
        installShutdownHook();
        Segment segment = bytes > DEDICATED_ABOVE ? null : current.get(directory);
        int offset = segment == null ? -1 : segment.allocate(bytes);
        if (offset < 0) {
            int size = bytes > DEDICATED_ABOVE ? (Segment.HEADER + bytes + 4095) & -4096 : SEGMENT_SIZE;
            segment = Segment.create(directory, SegmentFiles.name(ProcessIdentity.current(), ++sequence), size);
            mapped.put(segment.path, segment);
            if (bytes <= DEDICATED_ABOVE) {
                current.put(directory, segment);
            }
            offset = segment.allocate(bytes);
        }
        segment.claims++;
        return new SharedRegion(segment, offset, bytes);
    }

    /** The region named by a handle, mapping its segment unless this JVM has it already. */
    synchronized SharedRegion attach(String name, int offset, int bytes) {
        if (!SegmentFiles.isSegmentName(name)) {
            throw new IllegalArgumentException("[jmp.shm.bad-handle] not a segment name: " + name);
        }
        Path path = SegmentFiles.directory().resolve(name);
        Segment segment = mapped.get(path);
        if (segment == null) {
            segment = Segment.open(path.getParent(), name);
            mapped.put(path, segment);
        }
        if (offset < Segment.HEADER || bytes < 0 || (long) offset + bytes > segment.size()) {
            throw new IllegalArgumentException("[jmp.shm.bad-handle] " + bytes + " bytes at " + offset
                    + " do not fit in segment " + name + " of " + segment.size() + " bytes");
        }
        segment.claims++;
        return new SharedRegion(segment, offset, bytes);
    }

    synchronized void release(Segment segment) {
        if (--segment.claims > 0) {
            return;
        }
        mapped.remove(segment.path);
        current.values().remove(segment);
        if (segment.createdHere) {
            segment.unlink();
        }
    }

    /** Names of the segments this JVM has mapped, for tests and diagnostics. */
    synchronized List<String> mappedNames() {
        List<String> names = new ArrayList<>();
        mapped.values().forEach(s -> names.add(s.name));
        return names;
    }

    private void installShutdownHook() {
        if (!hookInstalled) {
            hookInstalled = true;
            // After the children phase: a non-daemon child joined at exit may still attach.
            ShutdownSequence.add(ShutdownSequence.Phase.RESOURCES, this::unlinkAll);
        }
    }

    private synchronized void unlinkAll() {
        // A plain loop: this runs at every exit, where a stream's first use costs milliseconds.
        for (Segment segment : mapped.values()) {
            if (segment.createdHere) {
                segment.unlink();
            }
        }
    }
}
