package seed;

import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.queue.Queue;

/** Problem 9: using Queue for inter-process communication. */
public class QueueCommunication {

    @ProcessTask
    public static void producer(Queue<String> q) throws InterruptedException {
        q.put("Hello from producer");
    }

    @ProcessTask
    public static void consumer(Queue<String> q) throws InterruptedException {
        System.out.println(q.get());
    }

    public static void main(String[] args) throws InterruptedException {
        try (Queue<String> q = Queue.create(String.class)) {
            Process p1 = new Process(QueueCommunicationTasks.producer(q));
            Process p2 = new Process(QueueCommunicationTasks.consumer(q));

            p1.start();
            p2.start();

            p1.join();
            p2.join();
        }
    }
}
