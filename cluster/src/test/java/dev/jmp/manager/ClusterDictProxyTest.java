package dev.jmp.manager;

/** {@link DictProxyTest} against a cluster's manager: an {@code IMap} per dict, three members. */
class ClusterDictProxyTest extends DictProxyTest {
}
