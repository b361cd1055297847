package dev.jmp.manager;

import dev.jmp.Context;
import dev.jmp.ProcessTask;
import dev.jmp.Task;
import dev.jmp.internal.task.Tasks;
import dev.jmp.manager.core.ArrayMethods;
import dev.jmp.manager.core.BarrierMethods;
import dev.jmp.manager.core.ConditionMethods;
import dev.jmp.manager.core.DictMethods;
import dev.jmp.manager.core.EventMethods;
import dev.jmp.manager.core.JoinableQueueMethods;
import dev.jmp.manager.core.ListMethods;
import dev.jmp.manager.core.LockMethods;
import dev.jmp.manager.core.MethodTable;
import dev.jmp.manager.core.NamespaceMethods;
import dev.jmp.manager.core.PoolMethods;
import dev.jmp.manager.core.ProxyCore;
import dev.jmp.manager.core.QueueMethods;
import dev.jmp.manager.core.RLockMethods;
import dev.jmp.manager.core.SemaphoreMethods;
import dev.jmp.manager.core.SetMethods;
import dev.jmp.manager.core.ValueMethods;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A manager that serves Python's {@code SyncManager} types: {@code dict}, {@code list}, {@code set},
 * {@code Namespace}, {@code Value}, {@code Array}, {@code Queue}, {@code JoinableQueue},
 * {@code Lock}, {@code RLock}, {@code Semaphore}, {@code BoundedSemaphore}, {@code Condition},
 * {@code Event} and {@code Barrier}, each created on the server and returned as a proxy.
 *
 * <pre>{@code
 * try (SyncManager manager = Manager.start()) {
 *     DictProxy<String, String> shared = manager.dict();
 *     Process p = new Process(UpdateTasks.update(shared));
 *     p.start();
 *     p.join();
 *     System.out.println(shared);   // {key=value}
 * }
 * }</pre>
 *
 * Initial contents are copied into the server; proxies among them stay references.
 */
public class SyncManager extends BaseManager {

    /** A local manager; {@link Manager#start()} makes and starts one. */
    public SyncManager() {
        super();
    }

    /** A manager at a TCP address, to start there or to connect to; see {@link BaseManager}. */
    public SyncManager(InetSocketAddress address, byte[] authkey) {
        super(address, authkey);
    }

    @Override
    public SyncManager register(Class<?> sharedClass) {
        super.register(sharedClass);
        return this;
    }

    @Override
    public SyncManager register(Class<?> sharedClass, String... exposed) {
        super.register(sharedClass, exposed);
        return this;
    }

    @Override
    public SyncManager context(Context context) {
        super.context(context);
        return this;
    }

    @Override
    public SyncManager jvmOptions(String... options) {
        super.jvmOptions(options);
        return this;
    }

    @Override
    public SyncManager start() {
        super.start();
        return this;
    }

    @Override
    public SyncManager start(Task<?> initializer) {
        super.start(initializer);
        return this;
    }

    @Override
    public SyncManager connect() {
        super.connect();
        return this;
    }

    private ProxyCore create(MethodTable kind, Object... arguments) {
        return backend().create(kind, arguments);
    }

    public <K, V> DictProxy<K, V> dict() {
        return new DictProxy<>(create(DictMethods.TABLE, (Object) null));
    }

    public <K, V> DictProxy<K, V> dict(Map<? extends K, ? extends V> initial) {
        return new DictProxy<>(create(DictMethods.TABLE, new LinkedHashMap<>(initial)));
    }

    /**
     * The dict named {@code name}, created empty if there is none: any process of the manager
     * finds it again by that name, and it lives as long as the manager (a cluster's: beyond the
     * program that created it), unlike an unnamed one.
     *
     * @throws IllegalArgumentException when the name holds another kind ({@code [jmp.manager.named-kind]})
     */
    public <K, V> DictProxy<K, V> dict(String name) {
        return new DictProxy<>(named(name, DictMethods.TABLE, (Object) null));
    }

    /** The list named {@code name}, created empty if there is none; see {@link #dict(String)}. */
    public <E> ListProxy<E> list(String name) {
        return new ListProxy<>(named(name, ListMethods.TABLE, (Object) null));
    }

    /** The namespace named {@code name}, created empty if there is none; see {@link #dict(String)}. */
    public NamespaceProxy namespace(String name) {
        return new NamespaceProxy(named(name, NamespaceMethods.TABLE, (Object) null));
    }

    /** The queue named {@code name}, created with {@code maxsize} if there is none; see {@link #dict(String)}. */
    public <E> QueueProxy<E> queue(String name, int maxsize) {
        return new QueueProxy<>(named(name, QueueMethods.TABLE, maxsize));
    }

    /** The lock named {@code name}, created if there is none; see {@link #dict(String)}. */
    public LockProxy lock(String name) {
        return new LockProxy(named(name, LockMethods.TABLE));
    }

    /** The event named {@code name}, created if there is none; see {@link #dict(String)}. */
    public EventProxy event(String name) {
        return new EventProxy(named(name, EventMethods.TABLE));
    }

    private ProxyCore named(String name, MethodTable kind, Object... arguments) {
        return backend().named(Objects.requireNonNull(name, "name"), kind, arguments);
    }

    public <E> ListProxy<E> list() {
        return new ListProxy<>(create(ListMethods.TABLE, (Object) null));
    }

    public <E> ListProxy<E> list(Collection<? extends E> initial) {
        return new ListProxy<>(create(ListMethods.TABLE, new ArrayList<>(initial)));
    }

    /** A set; Python's {@code manager.set()}. */
    public <E> SetProxy<E> set() {
        return new SetProxy<>(create(SetMethods.TABLE, (Object) null));
    }

    /** A set holding the elements of {@code initial}, copied. */
    public <E> SetProxy<E> set(Collection<? extends E> initial) {
        return new SetProxy<>(create(SetMethods.TABLE, new ArrayList<>(initial)));
    }

    public NamespaceProxy namespace() {
        return new NamespaceProxy(create(NamespaceMethods.TABLE, (Object) null));
    }

    /** Python's {@code manager.Value(typecode, value)}: the typecode is the Java type. */
    public <T> ValueProxy<T> value(T initial) {
        return new ValueProxy<>(create(ValueMethods.TABLE, initial));
    }

    /** Python's {@code manager.Array(typecode, sequence)}: fixed size, the elements copied. */
    public <E> ArrayProxy<E> array(List<E> initial) {
        return new ArrayProxy<>(create(ArrayMethods.TABLE, new ArrayList<>(initial)));
    }

    public ArrayProxy<Integer> array(int[] initial) {
        List<Integer> values = new ArrayList<>(initial.length);
        for (int v : initial) {
            values.add(v);
        }
        return array(values);
    }

    public ArrayProxy<Long> array(long[] initial) {
        List<Long> values = new ArrayList<>(initial.length);
        for (long v : initial) {
            values.add(v);
        }
        return array(values);
    }

    public ArrayProxy<Double> array(double[] initial) {
        List<Double> values = new ArrayList<>(initial.length);
        for (double v : initial) {
            values.add(v);
        }
        return array(values);
    }

    /** An unbounded queue. */
    public <E> QueueProxy<E> queue() {
        return queue(0);
    }

    /** A queue of at most {@code maxsize} items; 0 or less for no limit, as in Python. */
    public <E> QueueProxy<E> queue(int maxsize) {
        return new QueueProxy<>(create(QueueMethods.TABLE, maxsize));
    }

    public <E> JoinableQueueProxy<E> joinableQueue() {
        return joinableQueue(0);
    }

    public <E> JoinableQueueProxy<E> joinableQueue(int maxsize) {
        return new JoinableQueueProxy<>(create(JoinableQueueMethods.TABLE, maxsize));
    }

    public LockProxy lock() {
        return new LockProxy(create(LockMethods.TABLE));
    }

    public RLockProxy rLock() {
        return new RLockProxy(create(RLockMethods.TABLE));
    }

    public SemaphoreProxy semaphore(int value) {
        return semaphore(value, false);
    }

    /** A semaphore that cannot be released above {@code value}. */
    public SemaphoreProxy boundedSemaphore(int value) {
        return semaphore(value, true);
    }

    private SemaphoreProxy semaphore(int value, boolean bounded) {
        return new SemaphoreProxy(create(SemaphoreMethods.TABLE, value, bounded));
    }

    /** A condition with a new RLock of its own. */
    public ConditionProxy condition() {
        return new ConditionProxy(create(ConditionMethods.TABLE, (Object) null));
    }

    /** A condition bound to {@code lock}, which must belong to this manager. */
    public ConditionProxy condition(LockProxy lock) {
        return new ConditionProxy(create(ConditionMethods.TABLE, lock));
    }

    /** A condition bound to {@code lock}, which must belong to this manager. */
    public ConditionProxy condition(RLockProxy lock) {
        return new ConditionProxy(create(ConditionMethods.TABLE, lock));
    }

    public EventProxy event() {
        return new EventProxy(create(EventMethods.TABLE));
    }

    public BarrierProxy barrier(int parties) {
        return barrier(parties, null);
    }

    /**
     * A process pool held by the manager, its {@code processes} workers (0: one per CPU) children
     * of the server; Python's {@code manager.Pool(processes)}.
     */
    public PoolProxy pool(int processes) {
        return pool(processes, null, 0);
    }

    /**
     * Like {@link #pool(int)}: each worker runs {@code initializer} (a task, or null) once before
     * any task, and is replaced after {@code maxTasksPerChild} tasks (0: never); Python's
     * {@code manager.Pool(processes, initializer, initargs, maxtasksperchild)}.
     */
    public PoolProxy pool(int processes, Task<?> initializer, int maxTasksPerChild) {
        return new PoolProxy(create(PoolMethods.TABLE, processes, initializer == null ? null : Tasks.call(initializer),
                maxTasksPerChild));
    }

    /** A barrier whose {@code await()} times out after {@code timeout} (null: never). */
    public BarrierProxy barrier(int parties, Duration timeout) {
        return barrier(parties, null, timeout);
    }

    /**
     * Python's {@code manager.Barrier(parties, action, timeout)}: when the last party arrives,
     * {@code action} (a {@link ProcessTask} task, or null) runs in the manager's server before any
     * party is released, as Python runs it in the server process. An action that throws breaks
     * the barrier: the party that arrived last gets its exception, the others
     * {@link java.util.concurrent.BrokenBarrierException}. {@code await()} times out after
     * {@code timeout} (null: never).
     */
    public BarrierProxy barrier(int parties, Task<?> action, Duration timeout) {
        return new BarrierProxy(create(BarrierMethods.TABLE, parties, Timeouts.nanos(timeout),
                action == null ? null : Tasks.call(action)));
    }
}
