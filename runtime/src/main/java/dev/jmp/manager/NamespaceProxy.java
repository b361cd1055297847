package dev.jmp.manager;

import dev.jmp.manager.core.NamespaceMethods;
import dev.jmp.manager.core.ProxyCore;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * A namespace held by a manager: named attributes, Python's {@code manager.Namespace()}.
 * {@code ns.x = 1} is {@code ns.set("x", 1)}, {@code ns.x} is {@code ns.get("x")}.
 *
 * <pre>{@code
 * NamespaceProxy ns = manager.namespace();
 * ns.set("status", "running");
 * String status = ns.get("status");
 * }</pre>
 */
public final class NamespaceProxy extends AbstractProxy {

    static {
        Proxies.shareable(NamespaceProxy.class);
    }

    NamespaceProxy(ProxyCore core) {
        super(core);
    }

    /**
     * The attribute's value, cast to what the caller assigns it to.
     *
     * @throws NoSuchElementException when there is no such attribute (Python's AttributeError)
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String name) {
        return (T) core.call(NamespaceMethods.GET, name);
    }

    /** Sets an attribute; the value is copied, a proxy stays a reference. */
    public void set(String name, Object value) {
        core.call(NamespaceMethods.SET, name, value);
    }

    /** Removes an attribute; {@link NoSuchElementException} when there is none. */
    public void delete(String name) {
        core.call(NamespaceMethods.DELETE, name);
    }

    /** Whether the attribute exists; Python's {@code hasattr}. */
    public boolean has(String name) {
        return core.call(NamespaceMethods.HAS, name);
    }

    /** Every attribute now, in the order they were first set. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> toMap() {
        return (Map<String, Object>) core.call(NamespaceMethods.COPY);
    }

    /**
     * {@code Namespace(x=1, status=running)}, as Python prints one: attributes whose names start
     * with {@code _} are left out, as Python's {@code repr} leaves them out.
     */
    @Override
    public String toString() {
        return Proxies.printing(core, () -> toMap().entrySet().stream()
                .filter(e -> !e.getKey().startsWith("_"))
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", "Namespace(", ")")), "Namespace(...)");
    }
}
