package dev.jmp.it.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Loopback ports for servers that must be told their port before they start, such as cluster
 * members listed to each other, taken from below the kernel's ephemeral range.
 *
 * <p>A port asked of the kernel with {@code new ServerSocket(0)} comes from the ephemeral range,
 * and once that socket is closed the kernel may hand the port to any outgoing connection on the
 * machine before the server binds it: the server then fails with "address already in use" (a
 * member's "Port [...] is already in use"), more often the busier the machine. A port below the
 * range is never given to an outgoing connection; only a server that binds it by number can take
 * it, and picking at random among some twenty thousand makes two pickers meeting unlikely.
 */
public final class LoopbackPorts {

    /** The lowest port handed out: below it live well-known services. */
    static final int LOWEST = 10_000;
    /** Where Linux keeps the ephemeral range ({@code low high}); elsewhere IANA's 49152 is its start. */
    static final Path LINUX_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    static final int IANA_EPHEMERAL_LOW = 49_152;
    private static final int ATTEMPTS = 10_000;

    private LoopbackPorts() {}

    /**
     * {@code count} distinct ports in {@code [10000, start of the ephemeral range)}, each free on
     * the loopback when returned.
     *
     * @throws IllegalStateException when the ephemeral range leaves fewer than a thousand ports
     *     above 10000, or no free ones are found
     */
    public static List<Integer> free(int count) {
        int end = ephemeralLow(LINUX_RANGE);
        if (end - LOWEST < 1_000) {
            throw new IllegalStateException("the ephemeral port range starts at " + end + " (" + LINUX_RANGE
                    + "), leaving too few ports above " + LOWEST + " for test servers; start it at 20000 or above");
        }
        Set<Integer> ports = new LinkedHashSet<>();
        for (int attempt = 0; ports.size() < count && attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, end);
            if (!ports.contains(port) && bindable(port)) {
                ports.add(port);
            }
        }
        if (ports.size() < count) {
            throw new IllegalStateException("found " + ports.size() + " of " + count + " free loopback ports in ["
                    + LOWEST + ", " + end + ") after " + ATTEMPTS + " attempts");
        }
        return new ArrayList<>(ports);
    }

    /** The first port of the ephemeral range that {@code rangeFile} gives, or IANA's when it is not there. */
    static int ephemeralLow(Path rangeFile) {
        try {
            // Read by lines: Files.readString, which trusts the size procfs reports, reads "3" of it.
            List<String> lines = Files.readAllLines(rangeFile);
            return Integer.parseInt(lines.get(0).strip().split("\\s+")[0]);
        } catch (IOException | NumberFormatException | IndexOutOfBoundsException e) {
            return IANA_EPHEMERAL_LOW;
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
