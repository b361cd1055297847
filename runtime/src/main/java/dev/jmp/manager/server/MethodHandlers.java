package dev.jmp.manager.server;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.core.Method;
import dev.jmp.manager.core.MethodTable;
import dev.jmp.manager.core.Shape;
import dev.jmp.manager.wire.Shapes;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server's side of a built-in kind: one handler per method of its {@link MethodTable}. A
 * call's arguments are decoded by the method's shapes, its owner named in the context for an owned
 * method, and its result encoded by its result shape; so each method is written once here, and
 * once in its proxy.
 *
 * @param <T> the class of the kind's objects
 */
final class MethodHandlers<T> {

    /** What one method does to an object; {@code arguments} are decoded by the method's shapes. */
    interface Handler<T> {
        Object call(T target, Object[] arguments, CallContext context) throws Exception;
    }

    private final Map<Method<?>, Handler<T>> handlers = new IdentityHashMap<>();

    <R> MethodHandlers<T> on(Method<R> method, Handler<T> handler) {
        if (handlers.put(method, handler) != null) {
            throw new IllegalStateException(method + " has two handlers");
        }
        return this;
    }

    /**
     * The dispatcher of the kind {@code table} describes, which must have a handler for each of
     * its methods. With {@code monitor}, a whole call, encoding its result included, holds the
     * object's monitor, so that calls on one object never interleave; otherwise the object
     * synchronizes itself.
     */
    ObjectDispatcher dispatcher(MethodTable table, boolean monitor) {
        @SuppressWarnings("unchecked")
        Handler<T>[] byNumber = new Handler[table.methods().size()];
        for (Method<?> method : table.methods()) {
            byNumber[method.number()] = handlers.get(method);
            if (byNumber[method.number()] == null) {
                throw new IllegalStateException("no handler for " + method + " of " + table.typeId());
            }
        }
        return new ObjectDispatcher() {
            @Override
            public void call(Object target, int number, WireInput in, WireOutput out, CallContext context)
                    throws Exception {
                Method<?> method = table.method(number);
                if (monitor) {
                    synchronized (target) {
                        run(method, byNumber[number], target, in, out, context);
                    }
                } else {
                    run(method, byNumber[number], target, in, out, context);
                }
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> void run(Method<?> method, Handler<T> handler, Object target, WireInput in, WireOutput out,
                                CallContext context) throws Exception {
        if (method.isOwned()) {
            context.owner(Owner.read(in));
        }
        List<Shape<?>> shapes = method.arguments();
        Object[] arguments = new Object[shapes.size()];
        for (int i = 0; i < arguments.length; i++) { // not a method of Shapes: one compiled layer less per call
            arguments[i] = Shapes.read(shapes.get(i), in, context.codec());
        }
        in.expectEnd();
        Object result = handler.call((T) target, arguments, context);
        Shapes.write(method.result(), out, result, context.codec());
    }
}
