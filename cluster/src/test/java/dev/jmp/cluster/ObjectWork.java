package dev.jmp.cluster;

import dev.jmp.ProcessTask;
import dev.jmp.manager.DictProxy;
import dev.jmp.manager.QueueProxy;

/** Tasks that use a cluster manager's proxies where they run: a member's worker JVM. */
public class ObjectWork {

    /** Takes one item from {@code in} and records it, doubled, in {@code out} under where it ran. */
    @ProcessTask
    public static String doubleOne(QueueProxy<Integer> in, DictProxy<String, Integer> out) throws Exception {
        Integer n = in.take();
        String where = Work.where();
        out.put(where, n * 2);
        return where;
    }
}
