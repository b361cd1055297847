package it.remote;

import dev.jmp.AuthenticationException;
import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.manager.Manager;
import dev.jmp.manager.QueueProxy;
import dev.jmp.manager.SyncManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Python's remote manager: a server publishes a queue on a TCP address with an authkey; a client
 * in another JVM connects with the key and puts into it; one with a wrong key is refused.
 */
public class RemoteManager {

    @ProcessTask
    public static void client(String host, int port, String key) throws InterruptedException {
        try (SyncManager manager = Manager.connect(new InetSocketAddress(host, port), key.getBytes(StandardCharsets.UTF_8))) {
            QueueProxy<String> jobs = manager.lookup("jobs");
            jobs.put("hello from another JVM");
        }
    }

    @ProcessTask
    public static void intruder(String host, int port) {
        try {
            Manager.connect(new InetSocketAddress(host, port), "guess".getBytes(StandardCharsets.UTF_8));
            System.out.println("let in");
        } catch (AuthenticationException e) {
            System.out.println("refused: " + e.getMessage());
        }
    }

    public static void main(String[] args) throws InterruptedException {
        byte[] key = "abracadabra".getBytes(StandardCharsets.UTF_8);
        InetSocketAddress any = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        try (SyncManager manager = new SyncManager(any, key).start()) {
            QueueProxy<String> jobs = manager.queue();
            manager.publish("jobs", jobs);
            String address = manager.address();                       // tcp:localhost:41234
            String host = address.substring(4, address.lastIndexOf(':'));
            int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
            run(new Process(RemoteManagerTasks.client(host, port, "abracadabra")));
            System.out.println("got: " + jobs.take());
            run(new Process(RemoteManagerTasks.intruder(host, port)));
        }
    }

    private static void run(Process p) throws InterruptedException {
        p.start();
        p.join();
    }
}
