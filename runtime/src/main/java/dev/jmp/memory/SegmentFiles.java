package dev.jmp.memory;

import dev.jmp.base.ProcessIdentity;
import dev.jmp.base.RuntimeDirectories;
import java.nio.file.Path;

/**
 * Where segment files live and what they are called. A name carries the identity of the runtime
 * that created the segment, {@code jmp-<pid>-<start ticks>-<sequence>}, so that a later runtime
 * can tell whether that creator is still alive without any other bookkeeping
 * ({@link RuntimeDirectories#sweep}).
 */
final class SegmentFiles {

    private SegmentFiles() {}

    /** {@code jmp.shm.dir} if set, else {@code /dev/shm} where it is usable, else the temp dir. */
    static Path directory() {
        return RuntimeDirectories.sharedMemory();
    }

    static String name(ProcessIdentity creator, long sequence) {
        return "jmp-" + creator.pid() + "-" + creator.startTicks() + "-" + sequence;
    }

    /**
     * Whether {@code name} is a segment name, {@code jmp-} and three dash-separated runs of ASCII
     * digits; anything else is never opened or deleted. Checked by hand, not by a regular
     * expression: a child attaching its first shared object would otherwise compile one, some
     * milliseconds of its start-up.
     */
    static boolean isSegmentName(String name) {
        if (!name.startsWith("jmp-")) {
            return false;
        }
        int dashes = 0;
        int digits = 0;
        for (int i = "jmp-".length(); i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '-' && digits > 0 && dashes < 2) {
                dashes++;
                digits = 0;
            } else {
                return false;
            }
        }
        return dashes == 2 && digits > 0;
    }
}
