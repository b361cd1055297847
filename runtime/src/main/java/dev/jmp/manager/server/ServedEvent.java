package dev.jmp.manager.server;

import dev.jmp.base.Deadline;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;

/** An event: a flag that waiters wait for. */
final class ServedEvent extends ServedObject {

    private boolean flag;

    @Override
    synchronized void call(int method, WireInput in, WireOutput out, CallContext context) throws InterruptedException {
        Op op = Op.of(method);
        switch (op) {
            case IS_SET -> out.writeBoolean(flag);
            case SET -> {
                flag = true;
                notifyAll();
            }
            case CLEAR -> flag = false;
            case WAIT -> {
                Deadline deadline = Deadlines.of(in.readLong());
                while (!flag && deadline.waitOn(this)) {
                    // woken: look again
                }
                out.writeBoolean(flag);
            }
            default -> throw new UnsupportedOperationException(op + " is not a method of an event");
        }
        in.expectEnd();
    }
}
