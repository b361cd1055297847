package seed;

import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.connection.Connection;
import dev.jmp.connection.Pipe;
import java.io.IOException;

/** Problem 10: using Pipe for communication. */
public class PipeCommunication {

    @ProcessTask
    public static void sendMsg(Connection<String> conn) throws IOException {
        conn.send("Hello from child process");
        conn.close();
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Pipe<String> pipe = Pipe.create(String.class);
        Connection<String> parentConn = pipe.first();
        Connection<String> childConn = pipe.second();
        Process p = new Process(PipeCommunicationTasks.sendMsg(childConn));

        p.start();
        System.out.println(parentConn.recv());
        p.join();
    }
}
