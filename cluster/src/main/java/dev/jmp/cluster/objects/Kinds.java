package dev.jmp.cluster.objects;

import dev.jmp.manager.core.ArrayMethods;
import dev.jmp.manager.core.BarrierMethods;
import dev.jmp.manager.core.ConditionMethods;
import dev.jmp.manager.core.DictMethods;
import dev.jmp.manager.core.EventMethods;
import dev.jmp.manager.core.JoinableQueueMethods;
import dev.jmp.manager.core.ListMethods;
import dev.jmp.manager.core.LockMethods;
import dev.jmp.manager.core.NamespaceMethods;
import dev.jmp.manager.core.QueueMethods;
import dev.jmp.manager.core.RLockMethods;
import dev.jmp.manager.core.SemaphoreMethods;
import dev.jmp.manager.core.SetMethods;
import dev.jmp.manager.core.ValueMethods;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Which {@link Kind} holds each built-in type in the cluster. */
final class Kinds {

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry(DictMethods.TYPE_ID, new DictKind()),
            Map.entry(NamespaceMethods.TYPE_ID, new NamespaceKind()),
            Map.entry(ListMethods.TYPE_ID, new ListKind()),
            Map.entry(SetMethods.TYPE_ID, new SetKind()),
            Map.entry(QueueMethods.TYPE_ID, new QueueKind(false)),
            Map.entry(JoinableQueueMethods.TYPE_ID, new QueueKind(true)),
            Map.entry(RLockMethods.TYPE_ID, new RLockKind()),
            Map.entry(LockMethods.TYPE_ID, new MachineKind(Machines.LOCK, (a, api) -> ConditionMachine.initial(true))),
            Map.entry(SemaphoreMethods.TYPE_ID, new MachineKind(Machines.SEMAPHORE,
                    (a, api) -> SemaphoreMachine.initial((Integer) a[0], (Boolean) a[1]))),
            Map.entry(EventMethods.TYPE_ID, new MachineKind(Machines.EVENT, (a, api) -> EventMachine.initial())),
            Map.entry(ValueMethods.TYPE_ID, new MachineKind(Machines.VALUE, (a, api) -> api.encode(a[0]))),
            Map.entry(ArrayMethods.TYPE_ID, new MachineKind(Machines.ARRAY, (a, api) -> {
                List<byte[]> elements = new ArrayList<>();
                for (Object e : (Collection<?>) a[0]) {
                    elements.add(api.encode(e));
                }
                return ArrayMachine.state(elements);
            })),
            Map.entry(BarrierMethods.TYPE_ID, new BarrierKind()),
            // a condition on a lock shares the lock's entry: ClusterObjects gives it the lock's key
            Map.entry(ConditionMethods.TYPE_ID, new MachineKind(Machines.CONDITION,
                    (a, api) -> ConditionMachine.initial(false))));

    private static final Kind RLOCK_CONDITION = new RLockConditionKind();

    /** What the key of an object held by the CP subsystem begins with. */
    static final String CP_PREFIX = "cp!";

    /** The kinds the CP subsystem holds when the cluster has it: they are made with keys of {@link #CP_PREFIX}. */
    private static final Map<String, Kind> CP_KINDS = Map.of(
            RLockMethods.TYPE_ID, new CpRLockKind(),
            SemaphoreMethods.TYPE_ID, new CpSemaphoreKind());

    private Kinds() {}

    /**
     * The kind of object {@code key} of type {@code typeId}: a condition on a reentrant lock, and an
     * object the CP subsystem holds, are told by their key, so that every JVM that reaches the
     * object takes it for what its creator made.
     */
    static Kind of(String typeId, String key) {
        if (typeId.equals(ConditionMethods.TYPE_ID) && RLockConditionKind.isOne(key)) {
            return RLOCK_CONDITION;
        }
        if (key.startsWith(CP_PREFIX) && CP_KINDS.containsKey(typeId)) {
            return CP_KINDS.get(typeId);
        }
        return of(typeId);
    }

    /**
     * Whether a new object of type {@code typeId} made with {@code arguments} is held by the CP
     * subsystem when the cluster has it: reentrant locks, and semaphores that are not bounded.
     */
    static boolean cpHolds(String typeId, Object[] arguments) {
        return typeId.equals(RLockMethods.TYPE_ID)
                || typeId.equals(SemaphoreMethods.TYPE_ID) && !((Boolean) arguments[1]);
    }

    /**
     * The kind of type id {@code typeId}.
     *
     * @throws UnsupportedOperationException for a type a cluster does not hold ({@code [jmp.cluster.unsupported]})
     */
    static Kind of(String typeId) {
        Kind kind = KINDS.get(typeId);
        if (kind == null) {
            throw new UnsupportedOperationException("[jmp.cluster.unsupported] a cluster manager holds no " + typeId
                    + "; use a local manager (Manager.start()) for it");
        }
        return kind;
    }
}
