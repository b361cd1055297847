package seed;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.StartMethod;
import dev.jmp.manager.DictProxy;
import dev.jmp.manager.Manager;
import dev.jmp.manager.SyncManager;

/** Problem 11 on a cluster: the dict is the cluster's, written by a process on a member. */
public class ManagerDict {

    @ProcessTask
    public static void updateDict(DictProxy<String, String> sharedDict) {
        sharedDict.put("key", "value");
    }

    public static void main(String[] args) throws InterruptedException {
        Context ctx = Multiprocessing.getContext(StartMethod.CLUSTER);
        try (SyncManager manager = Manager.cluster(ctx)) {
            DictProxy<String, String> sharedDict = manager.dict();
            Process p = ctx.process(ManagerDictTasks.updateDict(sharedDict));
            p.start();
            Joins.join(p);
            System.out.println(sharedDict);
        }
    }
}
