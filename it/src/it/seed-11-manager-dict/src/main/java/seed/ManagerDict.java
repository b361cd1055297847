package seed;

import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.manager.DictProxy;
import dev.jmp.manager.Manager;
import dev.jmp.manager.SyncManager;

/** Problem 11: using a Manager for a shared dictionary. */
public class ManagerDict {

    @ProcessTask
    public static void updateDict(DictProxy<String, String> sharedDict) {
        sharedDict.put("key", "value");
    }

    public static void main(String[] args) throws InterruptedException {
        try (SyncManager manager = Manager.start()) {
            DictProxy<String, String> sharedDict = manager.dict();
            Process p = new Process(ManagerDictTasks.updateDict(sharedDict));
            p.start();
            p.join();
            System.out.println(sharedDict);
        }
    }
}
