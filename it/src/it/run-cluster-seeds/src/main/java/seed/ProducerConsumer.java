package seed;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.StartMethod;
import dev.jmp.manager.Manager;
import dev.jmp.manager.QueueProxy;
import dev.jmp.manager.SyncManager;

/**
 * Problem 19 on a cluster: the queue is the cluster's, the producer and then the consumer run on
 * members. The consumer starts after the producer has been joined and reads while the queue is
 * not empty: a put has returned once the cluster holds the item, so all five are there, and
 * {@code isEmpty()} is exact (nobody else uses the queue).
 */
public class ProducerConsumer {

    @ProcessTask
    public static void producer(QueueProxy<Integer> q) throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            q.put(i);
            Thread.sleep(1000);
        }
    }

    @ProcessTask
    public static void consumer(QueueProxy<Integer> q) throws InterruptedException {
        while (!q.isEmpty()) {
            System.out.println(q.take());
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Context ctx = Multiprocessing.getContext(StartMethod.CLUSTER);
        try (SyncManager m = Manager.cluster(ctx)) {
            QueueProxy<Integer> q = m.queue();
            Process p1 = ctx.process(ProducerConsumerTasks.producer(q));
            Process p2 = ctx.process(ProducerConsumerTasks.consumer(q));

            p1.start();
            Joins.join(p1);
            p2.start();
            Joins.join(p2);
        }
    }
}
