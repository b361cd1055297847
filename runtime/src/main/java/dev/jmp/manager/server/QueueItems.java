package dev.jmp.manager.server;

import dev.jmp.base.Deadline;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The items of a {@link ServedQueue} and its count of unfinished tasks, under one lock. Unlike a
 * {@code BlockingDeque} it can take items back at its head beyond its capacity: an item taken for
 * a caller that never got it must go back even when a producer filled the space meanwhile.
 */
final class QueueItems {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private final Condition allDone = lock.newCondition();
    private final ArrayDeque<Object> items = new ArrayDeque<>();
    private final int capacity;
    private long unfinished;

    QueueItems(int maxsize) {
        this.capacity = maxsize <= 0 ? Integer.MAX_VALUE : maxsize;
    }

    /** Appends {@code item} once there is room, by the deadline; whether it did. */
    boolean offer(Object item, Deadline deadline) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (items.size() >= capacity) {
                if (!deadline.awaitOn(notFull)) {
                    return false;
                }
            }
            items.addLast(item);
            unfinished++;
            notEmpty.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Takes the head once there is one, by the deadline; null if none came. */
    Object poll(Deadline deadline) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (items.isEmpty()) {
                if (!deadline.awaitOn(notEmpty)) {
                    return null;
                }
            }
            Object item = items.removeFirst();
            notFull.signal();
            if (!items.isEmpty()) {
                notEmpty.signal(); // a put-back may have added several at once
            }
            return item;
        } finally {
            lock.unlock();
        }
    }

    /** Takes up to {@code max} items from the head without waiting. */
    List<Object> drain(int max) {
        lock.lock();
        try {
            List<Object> taken = new ArrayList<>();
            while (taken.size() < max && !items.isEmpty()) {
                taken.add(items.removeFirst());
            }
            notFull.signalAll();
            return taken;
        } finally {
            lock.unlock();
        }
    }

    /** Puts items taken for a caller that never got them back at the head, in their order. */
    void putBack(List<Object> taken) {
        lock.lock();
        try {
            for (int i = taken.size() - 1; i >= 0; i--) {
                items.addFirst(taken.get(i));
            }
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Removes the first item equal to {@code item}, which then counts as done; whether there was one. */
    boolean remove(Object item) {
        lock.lock();
        try {
            boolean removed = items.removeFirstOccurrence(item);
            if (removed) {
                notFull.signal();
                done(1);
            }
            return removed;
        } finally {
            lock.unlock();
        }
    }

    /** Removes every item; they count as done. */
    void clear() {
        lock.lock();
        try {
            int removed = items.size();
            items.clear();
            notFull.signalAll();
            done(removed);
        } finally {
            lock.unlock();
        }
    }

    Object peek() {
        lock.lock();
        try {
            return items.peekFirst();
        } finally {
            lock.unlock();
        }
    }

    List<Object> snapshot() {
        lock.lock();
        try {
            return new ArrayList<>(items);
        } finally {
            lock.unlock();
        }
    }

    boolean contains(Object item) {
        lock.lock();
        try {
            return items.contains(item);
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return items.size();
        } finally {
            lock.unlock();
        }
    }

    int remainingCapacity() {
        lock.lock();
        try {
            return capacity == Integer.MAX_VALUE ? Integer.MAX_VALUE : Math.max(0, capacity - items.size());
        } finally {
            lock.unlock();
        }
    }

    /** Python's {@code task_done()}. */
    void taskDone() {
        lock.lock();
        try {
            if (unfinished <= 0) {
                throw new IllegalStateException("task_done() called more times than there were items in the queue");
            }
            done(1);
        } finally {
            lock.unlock();
        }
    }

    /** Python's {@code join()}, with a deadline: whether every task was done by then. */
    boolean join(Deadline deadline) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (unfinished > 0) {
                if (!deadline.awaitOn(allDone)) {
                    return false;
                }
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void done(long count) {
        unfinished = Math.max(0, unfinished - count);
        if (unfinished == 0) {
            allDone.signalAll();
        }
    }
}
