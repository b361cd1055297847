package seed;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.StartMethod;
import dev.jmp.manager.Manager;
import dev.jmp.manager.QueueProxy;
import dev.jmp.manager.SyncManager;

/** Problem 9 on a cluster: the queue is the cluster's, the producer and the consumer run on members. */
public class QueueCommunication {

    @ProcessTask
    public static void producer(QueueProxy<String> q) throws InterruptedException {
        q.put("Hello from producer");
    }

    @ProcessTask
    public static void consumer(QueueProxy<String> q) throws InterruptedException {
        System.out.println(q.take());
    }

    public static void main(String[] args) throws InterruptedException {
        Context ctx = Multiprocessing.getContext(StartMethod.CLUSTER);
        try (SyncManager m = Manager.cluster(ctx)) {
            QueueProxy<String> q = m.queue();
            Process p1 = ctx.process(QueueCommunicationTasks.producer(q));
            Process p2 = ctx.process(QueueCommunicationTasks.consumer(q));

            p1.start();
            p2.start();

            Joins.join(p1);
            Joins.join(p2);
        }
    }
}
