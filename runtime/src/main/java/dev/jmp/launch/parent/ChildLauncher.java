package dev.jmp.launch.parent;

import dev.jmp.base.JmpLog;
import dev.jmp.base.PrivateDirectory;
import dev.jmp.base.ProcessIdentity;
import dev.jmp.launch.CurrentProcess;
import dev.jmp.launch.cds.ClassDataArchive;
import dev.jmp.launch.child.ChildMain;
import dev.jmp.link.ControlServer;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts child JVMs: builds the {@link ForkCommand}, hands the child its control socket and token
 * through the environment, starts the output pumps and registers the child with
 * {@link ChildRegistry}. {@link #launch} returns as soon as the OS process exists; the child
 * fetches its task over the control channel while the caller goes on.
 */
public final class ChildLauncher {

    private ChildLauncher() {}

    /** Starts the child described by {@code spec} in a fresh JVM; warm starts are {@code Spares.launch}. */
    public static ChildProcess launch(ChildSpec spec) {
        ChildProcess child = new ChildProcess(spec);
        start(child, spec.jvmOptions(), spec.daemon());
        return child;
    }

    /** Starts a spare: a JVM with {@code jvmOptions} that connects and waits to be claimed. */
    public static ChildProcess launchSpare(String name, List<String> jvmOptions) {
        ChildProcess spare = ChildProcess.spare(name);
        start(spare, jvmOptions, true);
        return spare;
    }

    /**
     * Starts {@code child}'s JVM. Pumps of daemon children are daemon threads; a spare's are too,
     * whoever claims it, because the exit sequence joins non-daemon children itself.
     */
    private static void start(ChildProcess child, List<String> addedOptions, boolean daemonPumps) {
        ControlServer control = ControlServer.get();
        String name = child.name();
        String token = control.expect(child);
        ForkCommand fork = ForkCommand.of(CurrentProcess.javaExecutable(), jvmOptions(addedOptions),
                System.getProperty("java.class.path"), name, ChildMain.class.getName());
        Path argFile = null;
        try {
            List<String> command = fork.command();
            if (fork.argFile().isPresent()) {
                argFile = Files.createTempFile(PrivateDirectory.get(), "cp-", ".args");
                Files.writeString(argFile, fork.argFile().get(), StandardCharsets.UTF_8);
                command = fork.commandWith(argFile.toString());
            }
            ProcessBuilder builder = new ProcessBuilder(command);
            Map<String, String> env = builder.environment();
            env.put(ChildMain.ENV_SOCKET, control.socket().toString());
            env.put(ChildMain.ENV_TOKEN, token);
            env.put(ChildMain.ENV_PARENT, ProcessIdentity.current().tag());
            if (child.isIdleSpare()) {
                env.put(ChildMain.ENV_SPARE, "1");
            }
            java.lang.Process process = builder.start();
            child.started(process,
                    OutputPump.start(process.getInputStream(), ChildLauncher::stdout, pumpName(name, "out"), daemonPumps),
                    OutputPump.start(process.getErrorStream(), ChildLauncher::stderr, pumpName(name, "err"), daemonPumps));
            ChildRegistry.add(child);
            child.onExit(() -> reportIfUnexpected(child, token));
        } catch (IOException e) {
            control.cancel(token);
            throw new IllegalStateException("cannot start a JVM for " + name + " with "
                    + fork.command().get(0) + ": " + e.getMessage(), e);
        } finally {
            child.argFile(argFile);
        }
    }

    static String pumpName(String childName, String stream) {
        return "jmp-" + childName + "-" + stream;
    }

    private static void reportIfUnexpected(ChildProcess child, String token) {
        ControlServer.get().cancel(token);
        try {
            child.argFile(null);
            ChildMain.removeWarmUpLeftovers(PrivateDirectory.get(), child.pid());
            if (child.diedUnexpectedly()) {
                child.await(2_000);
                JmpLog.log(JmpLog.PROCESS, Level.WARNING, child.deathReport());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static PrintStream stdout() {
        return System.out;
    }

    private static PrintStream stderr() {
        return System.err;
    }

    /**
     * The class-data archive's options, then inherited options, then the defaults the user did not
     * override ({@link ChildDefaults}), then context and process options.
     */
    static List<String> jvmOptions(List<String> added) {
        List<String> inherited = InheritedJvmOptions.ofThisJvm();
        List<String> options = new ArrayList<>(inherited);
        options.addAll(ChildDefaults.notOverridden(Runtime.version().feature(), inherited, added));
        options.addAll(added);
        options.addAll(0, ClassDataArchive.optionsFor(System.getProperty("java.class.path"), options));
        return options;
    }
}
