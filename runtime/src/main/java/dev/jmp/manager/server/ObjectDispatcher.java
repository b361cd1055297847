package dev.jmp.manager.server;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * Runs the calls of one kind of object: reads the arguments of method number {@code method} from
 * the request, calls it on {@code target} and writes the result to the reply. Built-in kinds
 * dispatch through their {@link MethodHandlers}, {@code @Shared} classes through their generated
 * dispatcher ({@link SharedKind}): one mechanism, method numbers per kind.
 */
interface ObjectDispatcher {

    void call(Object target, int method, WireInput in, WireOutput out, CallContext context) throws Throwable;
}
