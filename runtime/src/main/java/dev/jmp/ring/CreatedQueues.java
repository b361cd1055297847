package dev.jmp.ring;

import dev.jmp.base.ShutdownSequence;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The queues this process created and has not closed; their files are removed when the JVM
 * exits, after its non-daemon children were joined (so that they could still read).
 */
final class CreatedQueues {

    private static final Set<RecordQueue> OPEN = ConcurrentHashMap.newKeySet();
    private static boolean hookInstalled;

    private CreatedQueues() {}

    static synchronized void add(RecordQueue queue) {
        if (!hookInstalled) {
            hookInstalled = true;
            ShutdownSequence.add(ShutdownSequence.Phase.RESOURCES, CreatedQueues::deleteAll);
        }
        OPEN.add(queue);
    }

    static boolean remove(RecordQueue queue) {
        return OPEN.remove(queue);
    }

    private static void deleteAll() {
        for (RecordQueue queue : List.copyOf(OPEN)) {
            queue.deleteFiles();
        }
    }
}
