package dev.jmp.pool;

import java.time.Duration;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The results of {@link Pool#imap}, {@link Pool#imapUnordered} and
 * {@link ProcessPoolExecutor#map}, one at a time as they are ready; Python's {@code IMapIterator}.
 *
 * <pre>{@code
 * ResultIterator<Integer> squares = pool.imap(MathsTasks::square, numbers);
 * while (squares.hasNext()) {
 *     System.out.println(squares.next(Duration.ofSeconds(5)));
 * }
 * }</pre>
 *
 * <p>{@code next()} throws a {@link TaskFailedException} for a task that failed; iterating can go
 * on past it. For {@code imap} and {@code imapUnordered}, an exception the input threw while it
 * was read is thrown by the {@code next()} after the results of the chunks read before it, and
 * ends the iteration. The iterator of the executor's {@code map} with a timeout throws a
 * {@link MapTimeoutException} from {@code next()} once the map's time is up, and then ends.
 * A thread interrupted while waiting gets a
 * {@link java.util.concurrent.CancellationException} with its interrupt status kept. Use from one
 * thread at a time.
 *
 * <p>It is also the {@link Iterable} of its own results, once, so a for-each loop reads them:
 * {@code for (int square : pool.imap(MathsTasks::square, numbers)) { ... }}.
 */
public interface ResultIterator<R> extends Iterator<R>, Iterable<R> {

    /** The next result, waiting at most {@code timeout} for it; Python's {@code next(timeout)}. */
    R next(Duration timeout) throws TimeoutException;

    /**
     * This iterator itself: the results not read yet. A second loop over it finds only what the
     * first one left.
     */
    @Override
    default Iterator<R> iterator() {
        return this;
    }

    /** The remaining results as a sequential stream, consumed as it is read. */
    default Stream<R> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false);
    }
}
