package dev.jmp.manager;

import dev.jmp.internal.TaskNames;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@link BaseManager#create(Class, Object...)}: finds, among the typed {@code create} factories
 * of the generated proxy, the one whose parameters accept the arguments, and calls it.
 */
final class SharedFactories {

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(boolean.class, Boolean.class, byte.class, Byte.class,
            short.class, Short.class, char.class, Character.class, int.class, Integer.class, long.class, Long.class,
            float.class, Float.class, double.class, Double.class);

    private SharedFactories() {}

    @SuppressWarnings("unchecked")
    static <P extends BaseProxy> P create(BaseManager manager, Class<?> sharedClass, Object[] args) {
        Class<?> proxyClass = SharedProxy.load(TaskNames.proxyClass(sharedClass.getName()));
        List<Method> factories = new ArrayList<>();
        List<Method> matching = new ArrayList<>();
        for (Method m : proxyClass.getMethods()) {
            if (m.getName().equals("create") && Modifier.isStatic(m.getModifiers()) && m.getParameterCount() >= 1
                    && m.getParameterTypes()[0] == BaseManager.class) {
                factories.add(m);
                if (accepts(m.getParameterTypes(), args)) {
                    matching.add(m);
                }
            }
        }
        if (matching.size() != 1) {
            String constructors = factories.stream().map(SharedFactories::signature).collect(Collectors.joining(", "));
            throw new IllegalArgumentException("[jmp.manager.no-constructor] " + (matching.isEmpty() ? "no" : "more than one")
                    + " public constructor of " + sharedClass.getName() + " takes " + args.length + " argument(s) like "
                    + java.util.Arrays.toString(args) + "; it has " + constructors);
        }
        Object[] all = new Object[args.length + 1];
        all[0] = manager;
        System.arraycopy(args, 0, all, 1, args.length);
        try {
            return (P) matching.get(0).invoke(null, all);
        } catch (InvocationTargetException e) {
            throw unchecked(e.getCause()); // generated factories declare no checked exception
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot call " + matching.get(0), e);
        }
    }

    private static RuntimeException unchecked(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        } else if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    /**
     * {@code names}, each checked to be a {@code @Shared} method of {@code sharedClass}: a public
     * instance method its generated proxy declares.
     */
    static List<String> sharedMethods(Class<?> sharedClass, Class<?> proxyClass, String... names) {
        Set<String> shared = new TreeSet<>();
        for (Method m : proxyClass.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())) {
                shared.add(m.getName());
            }
        }
        for (String name : names) {
            if (!shared.contains(name)) {
                throw new IllegalArgumentException("[jmp.manager.not-shared] " + sharedClass.getName() + " has no @Shared"
                        + " method '" + name + "' to expose; its shared methods are " + shared);
            }
        }
        return List.of(names);
    }

    private static boolean accepts(Class<?>[] parameters, Object[] args) {
        if (parameters.length != args.length + 1) {
            return false;
        }
        for (int i = 0; i < args.length; i++) {
            Class<?> p = parameters[i + 1];
            Object a = args[i];
            boolean fits = p.isPrimitive() ? a != null && BOXES.get(p).isInstance(a) : a == null || p.isInstance(a);
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    private static String signature(Method m) {
        List<String> types = new ArrayList<>();
        for (int i = 1; i < m.getParameterCount(); i++) {
            types.add(m.getParameterTypes()[i].getSimpleName());
        }
        return "(" + String.join(", ", types) + ")";
    }
}
