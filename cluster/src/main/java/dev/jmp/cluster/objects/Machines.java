package dev.jmp.cluster.objects;

/** The state machines by id, as a {@link Step} names them. */
final class Machines {

    static final int LOCK = 1;
    static final int SEMAPHORE = 2;
    static final int EVENT = 3;
    static final int VALUE = 4;
    static final int ARRAY = 5;
    static final int BARRIER = 6;
    static final int CONDITION = 7;
    static final int QUEUE = 8;
    static final int WAITERS = 9;

    private Machines() {}

    static Machine of(int id) {
        return switch (id) {
            case LOCK -> ConditionMachine.INSTANCE::applyLock;
            case SEMAPHORE -> SemaphoreMachine.INSTANCE;
            case EVENT -> EventMachine.INSTANCE;
            case VALUE -> ValueMachine.INSTANCE;
            case ARRAY -> ArrayMachine.INSTANCE;
            case BARRIER -> BarrierMachine.INSTANCE;
            case CONDITION -> ConditionMachine.INSTANCE;
            case QUEUE -> QueueMachine.INSTANCE;
            case WAITERS -> WaitersMachine.INSTANCE;
            default -> throw new IllegalArgumentException("[jmp.cluster.protocol] unknown state machine " + id);
        };
    }
}
