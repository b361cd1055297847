package seed;

import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.queue.Queue;

/**
 * Problem 19: using Queue for a producer-consumer model. The consumer starts after the producer
 * has been joined and reads while the queue is not empty. In Python, whether it sees all five
 * items depends on the producer's feeder thread having flushed them into the pipe; here
 * {@code put} has copied each item into the queue's shared memory before it returned, so after
 * {@code p1.join()} all five are there and {@code isEmpty()} is exact (nobody else uses the queue).
 */
public class ProducerConsumer {

    @ProcessTask
    public static void producer(Queue<Integer> q) throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            q.put(i);
            Thread.sleep(1000);
        }
    }

    @ProcessTask
    public static void consumer(Queue<Integer> q) throws InterruptedException {
        while (!q.isEmpty()) {
            System.out.println(q.get());
        }
    }

    public static void main(String[] args) throws InterruptedException {
        try (Queue<Integer> q = Queue.create(Integer.class)) {
            Process p1 = new Process(ProducerConsumerTasks.producer(q));
            Process p2 = new Process(ProducerConsumerTasks.consumer(q));

            p1.start();
            p1.join();
            p2.start();
            p2.join();
        }
    }
}
