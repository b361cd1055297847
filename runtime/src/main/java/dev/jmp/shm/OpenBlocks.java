package dev.jmp.shm;

import dev.jmp.base.JmpLog;
import dev.jmp.base.ProcessIdentity;
import dev.jmp.base.ShutdownSequence;
import dev.jmp.memory.BlockFile;
import dev.jmp.memory.BlockFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * This JVM's blocks: the ones open here, which leave their user slot when the JVM exits, and the
 * ones created here and not unlinked, which are removed then unless a living process still
 * uses them (Python's resource tracker unlinks those at exit too, and warns), and the managers not
 * shut down, which are shut down first. It also sweeps a
 * directory of abandoned blocks before the first block is created there.
 */
final class OpenBlocks {

    private static final Set<SharedMemory> OPEN = new HashSet<>();
    /** Path to the name it was created with, in creation order. */
    private static final Map<Path, String> CREATED = new LinkedHashMap<>();
    private static final Set<Path> SWEPT = new HashSet<>();
    private static final Set<SharedMemoryManager> MANAGERS = new LinkedHashSet<>();
    private static boolean hookInstalled;

    private OpenBlocks() {}

    static synchronized void beforeCreate(Path directory) {
        if (SWEPT.add(directory)) {
            BlockFiles.sweep(directory);
        }
    }

    static synchronized void opened(SharedMemory block, boolean created) {
        installHook();
        OPEN.add(block);
        if (created) {
            CREATED.put(block.path(), block.name());
        }
    }

    static synchronized void managerStarted(SharedMemoryManager manager) {
        installHook();
        MANAGERS.add(manager);
    }

    static synchronized void managerShutDown(SharedMemoryManager manager) {
        MANAGERS.remove(manager);
    }

    static synchronized void closed(SharedMemory block) {
        OPEN.remove(block);
    }

    static synchronized void unlinked(Path path) {
        CREATED.remove(path);
    }

    private static void installHook() {
        if (!hookInstalled) {
            hookInstalled = true;
            // Resources phase: children joined at exit may still attach until then.
            ShutdownSequence.add(ShutdownSequence.Phase.RESOURCES, new AtExit());
        }
    }

    /**
     * The exit action. A class and plain loops rather than a method reference and
     * {@code forEach}: a child that attached a block runs this as it exits, where each lambda's
     * first use costs milliseconds, and a manager's class is loaded only if there is a manager.
     */
    private static final class AtExit implements Runnable {
        @Override
        public void run() {
            List<SharedMemoryManager> managers;
            synchronized (OpenBlocks.class) {
                managers = MANAGERS.isEmpty() ? List.of() : new ArrayList<>(MANAGERS);
            }
            // Managers first: what they unlink is no leak.
            for (SharedMemoryManager manager : managers) {
                manager.shutdown();
            }
            List<SharedMemory> open;
            List<Map.Entry<Path, String>> created;
            synchronized (OpenBlocks.class) {
                open = new ArrayList<>(OPEN);
                created = new ArrayList<>(CREATED.entrySet());
            }
            for (SharedMemory block : open) {
                block.close();
            }
            for (Map.Entry<Path, String> block : created) {
                removeLeaked(block.getKey(), block.getValue());
            }
        }
    }

    private static void removeLeaked(Path path, String name) {
        BlockFile block;
        try {
            block = BlockFile.open(path, false);
        } catch (IOException e) {
            return; // unlinked by another process, or replaced by a file that is not a block
        }
        if (block.creator().equals(ProcessIdentity.current()) && !block.hasLivingUser(-1)) {
            block.delete();
            JmpLog.log(JmpLog.SHM, System.Logger.Level.WARNING, "[jmp.shm.leaked] shared memory"
                    + " block \"" + name + "\" was never unlinked; removed at exit. Call unlink() when done with it,"
                    + " or create it through a SharedMemoryManager");
        }
    }
}
