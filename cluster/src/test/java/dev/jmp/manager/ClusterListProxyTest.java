package dev.jmp.manager;

/** {@link ListProxyTest} against a cluster's manager: an {@code IList} per list, three members. */
class ClusterListProxyTest extends ListProxyTest {
}
