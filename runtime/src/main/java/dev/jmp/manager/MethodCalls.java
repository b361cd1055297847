package dev.jmp.manager;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@link BaseProxy#callMethod}: a proxy's public method found by name and chosen among its
 * overloads by the arguments, as Java would choose it (the most specific that accepts them).
 */
final class MethodCalls {

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(boolean.class, Boolean.class, byte.class, Byte.class,
            short.class, Short.class, char.class, Character.class, int.class, Integer.class, long.class, Long.class,
            float.class, Float.class, double.class, Double.class);

    private MethodCalls() {}

    static Object call(BaseProxy proxy, String name, Object[] args) throws Exception {
        List<Method> named = new ArrayList<>();
        List<Method> accepting = new ArrayList<>();
        for (Method m : proxy.getClass().getMethods()) {
            if (m.getName().equals(name) && !name.equals("callMethod") && !Modifier.isStatic(m.getModifiers())
                    && m.getDeclaringClass() != Object.class) {
                named.add(m);
                if (accepts(m.getParameterTypes(), args)) {
                    accepting.add(m);
                }
            }
        }
        Method chosen = mostSpecific(accepting);
        if (chosen == null) {
            String signatures = named.stream().map(MethodCalls::signature).distinct().collect(Collectors.joining(", "));
            throw new IllegalArgumentException("[jmp.manager.no-method] " + (accepting.isEmpty() ? "no" : "more than one")
                    + " method '" + name + "' of " + proxy.getClass().getSimpleName() + " takes "
                    + Arrays.toString(args) + (named.isEmpty() ? "; it has no method of that name"
                    : "; there are " + signatures));
        }
        try {
            if (!Modifier.isPublic(chosen.getDeclaringClass().getModifiers())) {
                chosen.setAccessible(true); // a public method of this package's non-public base
            }
            return chosen.invoke(proxy, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            throw (Error) cause;
        }
    }

    private static Method mostSpecific(List<Method> candidates) {
        for (Method c : candidates) {
            boolean specific = true;
            for (Method other : candidates) {
                specific &= other == c || assignable(c.getParameterTypes(), other.getParameterTypes());
            }
            if (specific) {
                return c;
            }
        }
        return null;
    }

    private static boolean assignable(Class<?>[] from, Class<?>[] to) {
        for (int i = 0; i < from.length; i++) {
            if (!box(to[i]).isAssignableFrom(box(from[i]))) {
                return false;
            }
        }
        return true;
    }

    private static boolean accepts(Class<?>[] parameters, Object[] args) {
        if (parameters.length != args.length) {
            return false;
        }
        for (int i = 0; i < args.length; i++) {
            Class<?> p = parameters[i];
            boolean fits = p.isPrimitive() ? args[i] != null && BOXES.get(p).isInstance(args[i])
                    : args[i] == null || p.isInstance(args[i]);
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> box(Class<?> type) {
        return type.isPrimitive() ? BOXES.get(type) : type;
    }

    private static String signature(Method m) {
        return m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
