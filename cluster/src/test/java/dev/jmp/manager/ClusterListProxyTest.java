package dev.jmp.manager;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** {@link ListProxyTest} against a cluster's manager: an {@code IList} per list, three members. */
class ClusterListProxyTest extends ListProxyTest {

    @Override
    @Test
    @Disabled("a cluster object holds values as bytes, and refuses a proxy among them ([jmp.manager.proxy-in-value])")
    void nestedProxiesAreSharedAndPlainValuesCopied() {
    }
}
