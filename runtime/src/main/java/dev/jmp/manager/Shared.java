package dev.jmp.manager;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a public instance method through a manager: Python's {@code exposed=} list of
 * {@code BaseManager.register}, checked at compile time. Only {@code @Shared} methods can be
 * called through a proxy.
 *
 * <p>For a class {@code com.example.Counter}, the jmp annotation processor generates the proxy
 * {@code com.example.CounterProxy}, with the same shared methods and a typed {@code create}
 * factory per public constructor, and a dispatcher the manager's server uses. It checks at
 * compile time that the class is public and can be constructed, and that every parameter and
 * return type can cross a process boundary (as for {@link dev.jmp.ProcessTask}).
 *
 * <pre>{@code
 * public class Counter {
 *     private int value;
 *     public Counter(int start) { value = start; }
 *     @Shared public int increment() { return ++value; }
 *     @Shared public int get() { return value; }
 * }
 *
 * try (SyncManager manager = new SyncManager().register(Counter.class).start()) {
 *     CounterProxy counter = CounterProxy.create(manager, 10);   // or manager.create(Counter.class, 10)
 *     counter.increment();                                      // runs in the manager's server
 * }
 * }</pre>
 *
 * <p>Calls on one object run one at a time on the server, holding the object's monitor, so a
 * shared method needs no locking of its own; one that must wait for another call can
 * {@code wait()} on {@code this}, and the other {@code notifyAll()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Shared {
}
