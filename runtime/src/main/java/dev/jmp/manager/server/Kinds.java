package dev.jmp.manager.server;

import dev.jmp.internal.TaskCall;
import dev.jmp.internal.WireInput;
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
import dev.jmp.manager.core.QueueMethods;
import dev.jmp.manager.core.RLockMethods;
import dev.jmp.manager.core.SemaphoreMethods;
import dev.jmp.manager.core.SetMethods;
import dev.jmp.manager.core.Shape;
import dev.jmp.manager.core.ValueMethods;
import dev.jmp.manager.wire.Shapes;
import dev.jmp.manager.wire.ValueCodec;
import java.util.List;

/**
 * Creates the object a {@code CREATE} request asks for: a built-in kind from the arguments its
 * table's creation shapes describe, or an instance of a registered {@code @Shared} class through
 * its generated dispatcher, which is loaded by name the first time. Either way the object is
 * served with its kind's dispatcher.
 */
final class Kinds {

    /** How the objects of one built-in kind are made from their creation arguments. */
    private interface Factory {
        Object make(Object[] arguments) throws Exception;
    }

    private final SharedKinds shared;
    private final Lockables locks;
    private final ServerTasks tasks;
    private final Pools pools;

    Kinds(SharedKinds shared, Lockables locks, ServerTasks tasks, Pools pools) {
        this.shared = shared;
        this.locks = locks;
        this.tasks = tasks;
        this.pools = pools;
    }

    /** The object a request asks for; a kind's classes are loaded when its first object is. */
    ServedObject create(String typeId, WireInput in, ValueCodec codec) throws Throwable {
        return switch (typeId) {
            case DictMethods.TYPE_ID -> make(DictMethods.TABLE, ServedDict.DISPATCHER, in, codec, a -> new ServedDict(a[0]));
            case ListMethods.TYPE_ID -> make(ListMethods.TABLE, ServedList.DISPATCHER, in, codec, a -> new ServedList(a[0]));
            case SetMethods.TYPE_ID -> make(SetMethods.TABLE, ServedSet.DISPATCHER, in, codec, a -> new ServedSet(a[0]));
            case NamespaceMethods.TYPE_ID -> make(NamespaceMethods.TABLE, ServedNamespace.DISPATCHER, in, codec,
                    a -> new ServedNamespace(a[0]));
            case ValueMethods.TYPE_ID -> make(ValueMethods.TABLE, ServedValue.DISPATCHER, in, codec,
                    a -> new ServedValue(a[0]));
            case ArrayMethods.TYPE_ID -> make(ArrayMethods.TABLE, ServedArray.DISPATCHER, in, codec,
                    a -> new ServedArray(a[0]));
            case QueueMethods.TYPE_ID -> make(QueueMethods.TABLE, ServedQueue.QUEUE, in, codec,
                    a -> new ServedQueue((Integer) a[0]));
            case JoinableQueueMethods.TYPE_ID -> make(JoinableQueueMethods.TABLE, ServedQueue.JOINABLE, in, codec,
                    a -> new ServedQueue((Integer) a[0]));
            case LockMethods.TYPE_ID -> make(LockMethods.TABLE, ServedLock.DISPATCHER, in, codec,
                    a -> lockable(new ServedLock()));
            case RLockMethods.TYPE_ID -> make(RLockMethods.TABLE, ServedRLock.DISPATCHER, in, codec,
                    a -> lockable(new ServedRLock()));
            case SemaphoreMethods.TYPE_ID -> make(SemaphoreMethods.TABLE, ServedSemaphore.DISPATCHER, in, codec,
                    a -> new ServedSemaphore((Integer) a[0], (Boolean) a[1]));
            case ConditionMethods.TYPE_ID -> make(ConditionMethods.TABLE, ServedCondition.DISPATCHER, in, codec,
                    a -> new ServedCondition(conditionLock(a[0])));
            case EventMethods.TYPE_ID -> make(EventMethods.TABLE, ServedEvent.DISPATCHER, in, codec, a -> new ServedEvent());
            case BarrierMethods.TYPE_ID -> make(BarrierMethods.TABLE, ServedBarrier.DISPATCHER, in, codec,
                    a -> new ServedBarrier((Integer) a[0], (Long) a[1], action((TaskCall) a[2])));
            case PoolMethods.TYPE_ID -> make(PoolMethods.TABLE, ServedPool.DISPATCHER, in, codec,
                    a -> new ServedPool((Integer) a[0], (TaskCall) a[1], (Integer) a[2], pools));
            default -> shared.create(typeId, in);
        };
    }

    /** An object of a built-in kind, made from the creation arguments its table describes. */
    private static ServedObject make(MethodTable table, ObjectDispatcher dispatcher, WireInput in, ValueCodec codec,
                                     Factory factory) throws Exception {
        List<Shape<?>> shapes = table.creation();
        Object[] arguments = new Object[shapes.size()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = Shapes.read(shapes.get(i), in, codec);
        }
        in.expectEnd();
        return new ServedObject(factory.make(arguments), dispatcher);
    }

    private <L extends ServedLockable> L lockable(L lock) {
        locks.add(lock);
        return lock;
    }

    private ServedLockable conditionLock(Object lock) {
        if (lock == null) {
            return lockable(new ServedRLock());
        }
        if (lock instanceof ServedObject served && served.target() instanceof ServedLockable lockable) {
            return lockable;
        }
        throw new IllegalArgumentException("[jmp.manager.condition-lock] the lock of a condition must be a Lock or"
                + " RLock of the same manager");
    }

    private ServedBarrier.Action action(TaskCall task) {
        return task == null ? null : () -> tasks.run(task);
    }
}
