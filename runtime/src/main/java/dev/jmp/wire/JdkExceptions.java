package dev.jmp.wire;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.time.DateTimeException;
import java.util.ConcurrentModificationException;
import java.util.EmptyStackException;
import java.util.Map;
import java.util.NoSuchElementException;
import java.time.format.DateTimeParseException;
import java.time.temporal.UnsupportedTemporalTypeException;
import java.time.zone.ZoneRulesException;
import java.util.InputMismatchException;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;

/**
 * The JDK exceptions a {@link RemoteFailure} is rebuilt as, each with the constructor that
 * rebuilds it: the everyday ones of {@code java.lang}, {@code java.util}, {@code java.io} and
 * {@code java.time}. A fixed table, so what is built is decided here and never by a class name
 * that arrived; a constructor that takes no cause gets it from {@link RebuildPolicy} afterwards.
 */
final class JdkExceptions {

    private static final Map<Class<? extends Throwable>, BiFunction<String, Throwable, Throwable>> MAKERS = Map.ofEntries(
            Map.entry(Throwable.class, Throwable::new),
            Map.entry(Exception.class, Exception::new),
            Map.entry(RuntimeException.class, RuntimeException::new),
            Map.entry(Error.class, Error::new),
            Map.entry(IllegalArgumentException.class, IllegalArgumentException::new),
            Map.entry(IllegalStateException.class, IllegalStateException::new),
            Map.entry(UnsupportedOperationException.class, UnsupportedOperationException::new),
            Map.entry(NullPointerException.class, (m, c) -> new NullPointerException(m)),
            Map.entry(ArithmeticException.class, (m, c) -> new ArithmeticException(m)),
            Map.entry(ClassCastException.class, (m, c) -> new ClassCastException(m)),
            Map.entry(NumberFormatException.class, (m, c) -> new NumberFormatException(m)),
            Map.entry(IndexOutOfBoundsException.class, (m, c) -> new IndexOutOfBoundsException(m)),
            Map.entry(ArrayIndexOutOfBoundsException.class, (m, c) -> new ArrayIndexOutOfBoundsException(m)),
            Map.entry(StringIndexOutOfBoundsException.class, (m, c) -> new StringIndexOutOfBoundsException(m)),
            Map.entry(NegativeArraySizeException.class, (m, c) -> new NegativeArraySizeException(m)),
            Map.entry(ArrayStoreException.class, (m, c) -> new ArrayStoreException(m)),
            Map.entry(SecurityException.class, SecurityException::new),
            Map.entry(NoSuchElementException.class, (m, c) -> new NoSuchElementException(m)),
            Map.entry(ConcurrentModificationException.class, ConcurrentModificationException::new),
            Map.entry(EmptyStackException.class, (m, c) -> new EmptyStackException()),
            Map.entry(DateTimeException.class, DateTimeException::new),
            Map.entry(CancellationException.class, (m, c) -> new CancellationException(m)),
            Map.entry(CompletionException.class, CompletionException::new),
            Map.entry(ExecutionException.class, ExecutionException::new),
            Map.entry(TimeoutException.class, (m, c) -> new TimeoutException(m)),
            Map.entry(InterruptedException.class, (m, c) -> new InterruptedException(m)),
            Map.entry(BrokenBarrierException.class, (m, c) -> new BrokenBarrierException(m)),
            Map.entry(RejectedExecutionException.class, RejectedExecutionException::new),
            Map.entry(IllegalMonitorStateException.class, (m, c) -> new IllegalMonitorStateException(m)),
            Map.entry(IllegalThreadStateException.class, (m, c) -> new IllegalThreadStateException(m)),
            Map.entry(InputMismatchException.class, (m, c) -> new InputMismatchException(m)),
            Map.entry(DateTimeParseException.class, (m, c) -> new DateTimeParseException(m, "", 0, c)),
            Map.entry(UnsupportedTemporalTypeException.class, UnsupportedTemporalTypeException::new),
            Map.entry(ZoneRulesException.class, ZoneRulesException::new),
            Map.entry(CloneNotSupportedException.class, (m, c) -> new CloneNotSupportedException(m)),
            Map.entry(IOException.class, IOException::new),
            Map.entry(EOFException.class, (m, c) -> new EOFException(m)),
            Map.entry(FileNotFoundException.class, (m, c) -> new FileNotFoundException(m)),
            Map.entry(InterruptedIOException.class, (m, c) -> new InterruptedIOException(m)),
            Map.entry(NoSuchFileException.class, (m, c) -> new NoSuchFileException(m)),
            Map.entry(FileAlreadyExistsException.class, (m, c) -> new FileAlreadyExistsException(m)),
            Map.entry(AccessDeniedException.class, (m, c) -> new AccessDeniedException(m)),
            Map.entry(UncheckedIOException.class, (m, c) -> c instanceof IOException io
                    ? new UncheckedIOException(m, io) : new UncheckedIOException(m, new IOException(m))),
            Map.entry(AssertionError.class, AssertionError::new),
            Map.entry(OutOfMemoryError.class, (m, c) -> new OutOfMemoryError(m)),
            Map.entry(StackOverflowError.class, (m, c) -> new StackOverflowError(m)),
            Map.entry(InternalError.class, InternalError::new));

    private static final Map<String, Class<? extends Throwable>> BY_NAME = byName();

    private JdkExceptions() {}

    /** The table's class of that binary name, or null. */
    static Class<? extends Throwable> named(String className) {
        return BY_NAME.get(className);
    }

    /** A new {@code type} (one of the table's) with {@code message}, and {@code cause} where the constructor takes one. */
    static Throwable make(Class<? extends Throwable> type, String message, Throwable cause) {
        return MAKERS.get(type).apply(message, cause);
    }

    private static Map<String, Class<? extends Throwable>> byName() {
        return Map.copyOf(MAKERS.keySet().stream()
                .collect(java.util.stream.Collectors.toMap(Class::getName, type -> type)));
    }
}
