package dev.jmp.manager;

/**
 * {@link NullTimeoutTest} against a cluster's manager: a null timeout waits in the cluster until
 * what it waits for happens (the calls waiting are counted in this JVM, the cluster having no
 * server that runs them).
 */
class ClusterNullTimeoutTest extends NullTimeoutTest {
}
