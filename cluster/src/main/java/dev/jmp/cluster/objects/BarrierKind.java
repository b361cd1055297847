package dev.jmp.cluster.objects;

import dev.jmp.internal.TaskCall;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.launch.child.TaskEntries;
import dev.jmp.manager.core.BarrierMethods;
import dev.jmp.manager.core.Method;

/**
 * A barrier as a {@link BarrierMachine}. A barrier's action runs where the party that arrives last
 * runs, before any party is released: a cluster has no server process to run it in, and that party
 * is the one Python's threading barrier runs it in. An action that throws breaks the barrier: that
 * party gets its exception, the others {@code BrokenBarrierException}.
 */
final class BarrierKind implements Kind {

    private static final TaskEntries ENTRIES = new TaskEntries();

    private final MachineKind machine = new MachineKind(Machines.BARRIER,
            (a, api) -> BarrierMachine.initial((Integer) a[0], (Long) a[1], (TaskCall) a[2]));

    @Override
    public void create(ObjectSpace space, String key, Object[] arguments) {
        machine.create(space, key, arguments);
    }

    @Override
    public void destroy(ObjectSpace space, String key) {
        machine.destroy(space, key);
    }

    @Override
    public Object call(ClusterCore core, Method<?> method, Object[] a, boolean interruptible)
            throws InterruptedException {
        if (method != BarrierMethods.AWAIT) {
            return machine.call(core, method, a, interruptible);
        }
        WireInput in = MachineKind.run(core, Machines.BARRIER, method.number(),
                Encoded.arguments(method, a, core.space.api), Encoded.timeout(method, a), interruptible,
                core.describe());
        int index = in.readInt();
        if (in.readBoolean()) {
            act(core, new TaskCall(in.readString(), in.readBytes(), in.readString()));
        }
        return index;
    }

    /** Runs the action as the last party, then ends the round: released, or broken if it threw. */
    private static void act(ClusterCore core, TaskCall action) throws InterruptedException {
        try {
            ENTRIES.get(action.entryClass()).invoke(action.arguments());
        } catch (Throwable t) {
            try {
                acted(core, false);
            } catch (RuntimeException broken) {
                t.addSuppressed(broken);
            }
            if (t instanceof Exception e) {
                throw Sneaky.raise(e);
            }
            if (t instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(action.description() + " threw " + t, t);
        }
        acted(core, true);
    }

    private static void acted(ClusterCore core, boolean completed) throws InterruptedException {
        WireOutput args = new WireOutput(1);
        args.writeBoolean(completed);
        MachineKind.run(core, Machines.BARRIER, BarrierMachine.ACTED, args.toByteArray(), 0, false, core.describe());
    }
}
