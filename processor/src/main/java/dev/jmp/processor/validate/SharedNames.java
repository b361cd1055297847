package dev.jmp.processor.validate;

import dev.jmp.processor.model.SharedClass;
import java.util.HashMap;
import java.util.Map;

/**
 * The proxies generated so far in this compilation, across rounds: flattening nested classes
 * with {@code _} can give {@code Outer.Counter} and {@code Outer_Counter} the same proxy.
 */
public final class SharedNames {

    private final Map<String, String> proxies = new HashMap<>();

    /** Claims the proxy (and so the dispatcher) of {@code shared}; reports whoever had it first. */
    public Report claim(SharedClass shared) {
        String proxy = shared.proxyClass().canonicalName();
        String self = shared.className().canonicalName();
        String first = proxies.putIfAbsent(proxy, self);
        Report report = new Report();
        if (first != null && !first.equals(self)) {
            report.error(shared.element(), Message.PROXY_COLLISION, "class " + self, proxy, first);
        }
        return report;
    }
}
