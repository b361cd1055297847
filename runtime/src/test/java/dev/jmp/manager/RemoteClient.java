package dev.jmp.manager;

import dev.jmp.AuthenticationException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A program in a JVM of its own that reaches a remote manager, as a client on another machine
 * would: {@code RemoteClient <host> <port> <key> put} writes into the dict published as
 * "shared"; with a wrong key it prints the refusal and exits 3.
 */
public final class RemoteClient {

    public static void main(String[] args) {
        InetSocketAddress address = new InetSocketAddress(args[0], Integer.parseInt(args[1]));
        byte[] key = args[2].getBytes(StandardCharsets.UTF_8);
        try (SyncManager manager = Manager.connect(address, key)) {
            DictProxy<String, String> shared = manager.lookup("shared");
            shared.put("from", "another JVM");
            System.out.println("done");
        } catch (AuthenticationException e) {
            System.out.println(e.getMessage());
            System.exit(3);
        }
    }
}
