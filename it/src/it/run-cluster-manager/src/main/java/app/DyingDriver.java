package app;

import dev.jmp.Multiprocessing;
import dev.jmp.StartMethod;
import dev.jmp.manager.DictProxy;
import dev.jmp.manager.Manager;
import dev.jmp.manager.SyncManager;

/**
 * A second driver, which the first SIGKILLs: it fills a named dict and an unnamed one, prints the
 * unnamed one, and waits to be killed.
 */
public class DyingDriver {

    public static void main(String[] args) throws Exception {
        SyncManager manager = Manager.cluster(Multiprocessing.getContext(StartMethod.CLUSTER));
        DictProxy<String, Integer> scores = manager.dict("scores");
        scores.put("alice", 3);
        scores.put("bob", 5);
        DictProxy<String, Integer> scratch = manager.dict();
        scratch.put("temporary", 1);
        System.out.println("ready");
        Thread.sleep(Long.MAX_VALUE);
    }
}
