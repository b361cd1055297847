package dev.jmp.manager.server;

import dev.jmp.base.Deadline;
import dev.jmp.manager.core.EventMethods;

/** An event: a flag that waiters wait for. */
final class ServedEvent {

    static final ObjectDispatcher DISPATCHER = new MethodHandlers<ServedEvent>()
            .on(EventMethods.IS_SET, (e, a, c) -> e.flag)
            .on(EventMethods.SET, (e, a, c) -> {
                e.flag = true;
                e.notifyAll();
                return null;
            })
            .on(EventMethods.CLEAR, (e, a, c) -> {
                e.flag = false;
                return null;
            })
            .on(EventMethods.AWAIT, (e, a, c) -> {
                Deadline deadline = Deadlines.of((Long) a[0]);
                while (!e.flag && deadline.waitOn(e)) {
                    // woken: look again
                }
                return e.flag;
            })
            .dispatcher(EventMethods.TABLE, true);

    private boolean flag;
}
