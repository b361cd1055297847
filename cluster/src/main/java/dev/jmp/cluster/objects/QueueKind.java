package dev.jmp.cluster.objects;

import dev.jmp.internal.WireInput;
import dev.jmp.manager.core.ApiTypes;
import dev.jmp.manager.core.Method;

/**
 * A queue as a {@link QueueMachine} in one entry of the state map: a put or a take is one step,
 * which happens once even when it is sent again after a member died with it in flight. Its waits
 * are a machine's: a put to a full queue or a take from an empty one tries again when the entry
 * changes, and at its deadline or on an interrupt gives up having taken or put nothing. A joinable
 * queue counts its unfinished items in the same entry, raised in the step that puts an item.
 */
final class QueueKind implements Kind {

    private final boolean joinable;

    QueueKind(boolean joinable) {
        this.joinable = joinable;
    }

    @Override
    public void create(ObjectSpace space, String key, Object[] arguments) {
        byte[] entry = StepLog.initial(QueueMachine.initial((Integer) arguments[0], joinable));
        Redo.call(() -> space.state.putIfAbsent(key, entry));
    }

    @Override
    public void destroy(ObjectSpace space, String key) {
        Redo.call(() -> space.state.remove(key));
    }

    @Override
    public Object call(ClusterCore core, Method<?> method, Object[] a, boolean interruptible)
            throws InterruptedException {
        ApiTypes api = core.space.api;
        WireInput in = MachineKind.run(core, Machines.QUEUE, method.number(), Encoded.arguments(method, a, api),
                Encoded.timeout(method, a), interruptible, core.describe());
        return switch (method.number()) {
            case 0, 6, 7, 11 -> in.readBoolean();
            case 1, 2 -> in.readBoolean() ? api.decode(in.readBytes()) : null;
            case 3, 4 -> in.readInt();
            case 5, 9 -> Encoded.values(in, api);
            default -> null; // clear, taskDone
        };
    }
}
