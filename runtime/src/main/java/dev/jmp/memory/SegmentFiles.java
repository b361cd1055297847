package dev.jmp.memory;

import dev.jmp.base.ProcessIdentity;
import dev.jmp.base.RuntimeDirectories;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where segment files live and what they are called. A name carries the identity of the runtime
 * that created the segment, {@code jmp-<pid>-<start ticks>-<sequence>}, so that a later runtime
 * can tell whether that creator is still alive without any other bookkeeping
 * ({@link RuntimeDirectories#sweep}).
 */
final class SegmentFiles {

    private static final Pattern NAME = Pattern.compile("jmp-(\\d+)-(\\d+)-(\\d+)");

    private SegmentFiles() {}

    /** {@code jmp.shm.dir} if set, else {@code /dev/shm} where it is usable, else the temp dir. */
    static Path directory() {
        return RuntimeDirectories.sharedMemory();
    }

    static String name(ProcessIdentity creator, long sequence) {
        return "jmp-" + creator.pid() + "-" + creator.startTicks() + "-" + sequence;
    }

    /** Whether {@code name} is a segment name; anything else is never opened or deleted. */
    static boolean isSegmentName(String name) {
        return NAME.matcher(name).matches();
    }
}
