package dev.jmp.manager;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Which manager the conformance tests (proxies' behaviour) run against: a local one, unless the
 * system property {@value #FACTORY} names a class whose static {@code start()} returns another
 * {@link SyncManager} and whose static {@code stop(SyncManager)} ends it. The cluster module runs
 * the same tests against a cluster's manager that way.
 */
final class ManagerUnderTest {

    static final String FACTORY = "jmp.test.managerFactory";

    private static SyncManager current;

    private ManagerUnderTest() {}

    static SyncManager start() {
        String factory = System.getProperty(FACTORY);
        current = factory == null ? Manager.start() : (SyncManager) invoke(factory, "start");
        return current;
    }

    static void stop(SyncManager manager) {
        String factory = System.getProperty(FACTORY);
        if (factory == null) {
            manager.close();
        } else {
            invoke(factory, "stop", manager);
        }
    }

    /** The manager the tests of this JVM run against now. */
    static SyncManager current() {
        return current;
    }

    private static Object invoke(String factory, String name, SyncManager... manager) {
        try {
            Class<?> type = Class.forName(factory);
            Method m = manager.length == 0 ? type.getMethod(name) : type.getMethod(name, SyncManager.class);
            return m.invoke(null, (Object[]) manager);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(FACTORY + "=" + factory + " names no manager factory: " + e, e);
        }
    }
}
