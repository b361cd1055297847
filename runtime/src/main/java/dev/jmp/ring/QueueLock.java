package dev.jmp.ring;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.memory.SharedWords;
import dev.jmp.sync.primitive.LockLayout;
import dev.jmp.sync.primitive.OwnerWord;

/**
 * One of a queue's two locks (producers', consumers'): a {@code Lock}'s owner word without the
 * user type around it. Like a {@code Lock}, it is taken over when its holder dies, and a thread
 * blocked on it is recorded for the deadlock detector as waiting for a Lock.
 */
final class QueueLock implements AutoCloseable {

    private final SharedWords words;
    private final OwnerWord owner;

    private QueueLock(SharedWords words) {
        this.words = words;
        this.owner = new OwnerWord(words, LockLayout.OWNER, "a Lock");
    }

    static QueueLock create() {
        return new QueueLock(SharedWords.allocate(LockLayout.LOCK_WORDS));
    }

    static QueueLock read(WireInput in) {
        return new QueueLock(SharedWords.read(in));
    }

    void write(WireOutput out) {
        words.write(out);
    }

    /**
     * Takes the lock, waiting as long as it takes: these locks are held only while a record is
     * copied, so, as Python does with its queue's locks, a queue operation waits for them
     * regardless of its timeout.
     */
    void acquire() {
        owner.claimUninterruptibly(OwnerWord.currentToken());
    }

    void release() {
        if (!owner.releaseAny()) {
            throw new IllegalMonitorStateException("[jmp.sync.release-unlocked] release of an unlocked Lock");
        }
    }

    @Override
    public void close() {
        words.close();
    }
}
