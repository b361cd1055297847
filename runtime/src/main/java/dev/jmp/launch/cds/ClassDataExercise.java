package dev.jmp.launch.cds;

import dev.jmp.base.ProcessIdentity;
import dev.jmp.internal.TaskCall;
import dev.jmp.internal.TaskNames;
import dev.jmp.launch.CurrentProcess;
import dev.jmp.launch.child.ChildMain;
import dev.jmp.launch.child.TaskEntries;
import dev.jmp.link.Assign;
import dev.jmp.link.Exiting;
import dev.jmp.link.FrameChannel;
import dev.jmp.link.Goodbye;
import dev.jmp.link.Hello;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * What the JVM that creates a {@link ClassDataArchive} runs: the start of a child's life without
 * a parent. It does what {@link ChildMain} does before the task (reads its identity, opens a Unix
 * socket, says hello and reads an assignment, over a loopback connection to itself), so the JDK
 * classes and lambdas that path needs are archived as well as jmp's; then it loads, without
 * initialising them, every class of jmp's packages a child uses and the task entries listed in
 * every {@value TaskNames#INDEX_RESOURCE} of the class path. It runs no user code.
 */
public final class ClassDataExercise {

    /** The packages of jmp a child loads classes from, as jar entry prefixes. */
    private static final List<String> CHILD_PACKAGES = List.of(
            "dev/jmp/launch/", "dev/jmp/link/", "dev/jmp/internal/", "dev/jmp/codec/", "dev/jmp/spi/");

    private ClassDataExercise() {}

    public static void main(String[] args) throws Exception {
        handshake();
        ClassLoader loader = ClassDataExercise.class.getClassLoader();
        loadJmpClasses(loader);
        TaskEntries.preloadIndexed(loader);
    }

    /** A child's hello and assignment, both ends in this JVM. */
    private static void handshake() throws IOException {
        String tag = ProcessIdentity.current().tag();
        ProcessIdentity.parseTag(tag);
        new CurrentProcess.Identity("MainProcess", 0, false);
        System.getenv(ChildMain.ENV_SOCKET);
        Path dir = Files.createTempDirectory("jmp-cds-");
        Path socket = dir.resolve("s");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            try (SocketChannel client = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                client.connect(UnixDomainSocketAddress.of(socket));
                try (SocketChannel accepted = server.accept();
                     FrameChannel childEnd = new FrameChannel(client, 1 << 20);
                     FrameChannel parentEnd = new FrameChannel(accepted, 1 << 20)) {
                    childEnd.write(new Hello("token", ProcessHandle.current().pid()));
                    parentEnd.read();
                    parentEnd.write(new Assign("Process-0", false, "MainProcess",
                            new TaskCall(ClassDataExercise.class.getName(), new byte[0], "exercise")));
                    childEnd.read();
                    childEnd.write(new Goodbye(0));
                    childEnd.write(new Exiting(0));
                    parentEnd.read();
                    parentEnd.read();
                }
            }
        } finally {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(dir);
        }
    }

    /** Every class of {@link #CHILD_PACKAGES} in the jar that holds jmp, loaded but not initialised. */
    private static void loadJmpClasses(ClassLoader loader) throws IOException, URISyntaxException {
        URL location = ClassDataExercise.class.getProtectionDomain().getCodeSource().getLocation();
        Path jar = Paths.get(location.toURI());
        if (!Files.isRegularFile(jar)) {
            return;
        }
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".class") && !name.endsWith("module-info.class")
                        && CHILD_PACKAGES.stream().anyMatch(name::startsWith)) {
                    load(name.substring(0, name.length() - ".class".length()).replace('/', '.'), loader);
                }
            }
        }
    }

    private static void load(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            // a class that cannot load is simply not archived
        }
    }
}
