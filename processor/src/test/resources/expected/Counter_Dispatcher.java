package com.example.shared.jmp_generated;

import com.example.shared.Counter;
import com.example.shared.CounterProxy;
import dev.jmp.internal.SharedDispatcher;
import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.lang.Object;
import java.lang.Override;
import java.lang.String;
import java.lang.Throwable;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Constructs {@link Counter}s and calls their {@code @Shared} methods in a manager's server,
 * which loads this class by name; {@link CounterProxy} makes the calls.
 */
@Generated("dev.jmp.processor.JmpProcessor")
public final class Counter_Dispatcher implements SharedDispatcher {
    public Counter_Dispatcher() {
    }

    @Override
    public long signature() {
        return 0x8749de8ed6be03ccL;
    }

    @Override
    public List<String> methodNames() {
        return List.of("increment", "get", "reset");
    }

    @Override
    public Object construct(int constructor, WireInput arguments) throws Throwable {
        switch (constructor) {
            case 0: {
                int start = arguments.readInt();
                arguments.expectEnd();
                return new Counter(start);
            }
            default:
                throw new WireFormatException("Counter has no constructor number " + constructor);
        }
    }

    @Override
    public void call(Object target, int method, WireInput arguments, WireOutput result) throws
            Throwable {
        Counter self = (Counter) target;
        switch (method) {
            case 0: {
                int by = arguments.readInt();
                arguments.expectEnd();
                int value = self.increment(by);
                result.writeInt(value);
                return;
            }
            case 1: {
                arguments.expectEnd();
                int value = self.get();
                result.writeInt(value);
                return;
            }
            case 2: {
                String reason = arguments.readPresence() ? arguments.readString() : null;
                arguments.expectEnd();
                self.reset(reason);
                return;
            }
            default:
                throw new WireFormatException("Counter has no shared method number " + method);
        }
    }
}
