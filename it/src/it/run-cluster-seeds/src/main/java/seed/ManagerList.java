package seed;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.StartMethod;
import dev.jmp.manager.ListProxy;
import dev.jmp.manager.Manager;
import dev.jmp.manager.SyncManager;

/** Problem 17 on a cluster: the list is the cluster's, appended to by a process on a member. */
public class ManagerList {

    @ProcessTask
    public static void modifyList(ListProxy<String> sharedList) {
        sharedList.add("new item");
    }

    public static void main(String[] args) throws InterruptedException {
        Context ctx = Multiprocessing.getContext(StartMethod.CLUSTER);
        try (SyncManager manager = Manager.cluster(ctx)) {
            ListProxy<String> sharedList = manager.list();
            Process p = ctx.process(ManagerListTasks.modifyList(sharedList));
            p.start();
            Joins.join(p);
            System.out.println(sharedList);
        }
    }
}
