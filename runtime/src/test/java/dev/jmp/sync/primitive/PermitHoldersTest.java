package dev.jmp.sync.primitive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jmp.memory.SharedWords;
import dev.jmp.shm.SharedMemoryIsolation;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedMemoryIsolation.class)
class PermitHoldersTest {

    /** The table's holders: token to count, slots with a count only. */
    private static Map<Long, Long> holders(SharedWords words) {
        Map<Long, Long> holders = new HashMap<>();
        for (int slot = 0; slot < SemaphoreLayout.HOLDER_SLOTS * SemaphoreLayout.SLOT_WORDS; slot += SemaphoreLayout.SLOT_WORDS) {
            if (words.getVolatile(slot) != 0 && words.getVolatile(slot + 1) != 0) {
                holders.put(words.getVolatile(slot), words.getVolatile(slot + 1));
            }
        }
        return holders;
    }

    private static long inOtherThread(Runnable action) throws InterruptedException {
        AtomicLong token = new AtomicLong();
        Thread thread = new Thread(() -> {
            token.set(OwnerTokens.current());
            action.run();
        });
        thread.setDaemon(true);
        thread.start();
        thread.join(10_000);
        return token.get();
    }

    @Test
    void permitsAreAttributedToTheThreadsThatTookThem() throws InterruptedException {
        try (SharedWords words = SharedWords.allocate(SemaphoreLayout.HOLDER_SLOTS * SemaphoreLayout.SLOT_WORDS)) {
            PermitHolders table = new PermitHolders(words, 0, 3);
            table.record();
            table.record();
            long other = inOtherThread(table::record);
            assertEquals(Map.of(OwnerTokens.current(), 2L, other, 1L), holders(words));
            table.forget();
            table.forget();
            assertEquals(Map.of(other, 1L), holders(words));
            assertEquals(0, words.getVolatile(0), "a slot whose thread gave back all its permits is free");
        }
    }

    @Test
    void aReleaseByAThreadHoldingNoPermitGivesBackOneOfAnotherThreadOfItsProcess() throws InterruptedException {
        try (SharedWords words = SharedWords.allocate(SemaphoreLayout.HOLDER_SLOTS * SemaphoreLayout.SLOT_WORDS)) {
            PermitHolders table = new PermitHolders(words, 0, 2);
            table.record();
            inOtherThread(table::forget);
            assertEquals(Map.of(), holders(words));
            table.record();
            assertEquals(Map.of(OwnerTokens.current(), 1L), holders(words), "the thread's slot is its own again");
        }
    }

    @Test
    void aThreadIsTrackedForNoMorePermitsThanTheInitialValue() {
        try (SharedWords words = SharedWords.allocate(SemaphoreLayout.HOLDER_SLOTS * SemaphoreLayout.SLOT_WORDS)) {
            PermitHolders table = new PermitHolders(words, 0, 1);
            table.record();
            table.record();
            assertEquals(Map.of(OwnerTokens.current(), 1L), holders(words));
        }
    }
}
