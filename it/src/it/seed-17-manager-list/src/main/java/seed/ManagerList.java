package seed;

import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.manager.ListProxy;
import dev.jmp.manager.Manager;
import dev.jmp.manager.SyncManager;

/** Problem 17: using a Manager for a shared list. */
public class ManagerList {

    @ProcessTask
    public static void modifyList(ListProxy<String> sharedList) {
        sharedList.add("new item");
    }

    public static void main(String[] args) throws InterruptedException {
        try (SyncManager manager = Manager.start()) {
            ListProxy<String> sharedList = manager.list();
            Process p = new Process(ManagerListTasks.modifyList(sharedList));
            p.start();
            p.join();
            System.out.println(sharedList);
        }
    }
}
