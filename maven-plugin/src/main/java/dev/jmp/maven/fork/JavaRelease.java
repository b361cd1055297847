package dev.jmp.maven.fork;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Which JDK a {@code java} launcher belongs to, read without starting it: the running JVM's own
 * version when the launcher is this JVM's, otherwise {@code JAVA_VERSION} of the {@code release}
 * file every JDK since 9 has beside its {@code bin} directory.
 */
public final class JavaRelease {

    private JavaRelease() {}

    /**
     * The feature version (17, 25, ...) of the JDK of {@code javaExecutable}, or 0 when it cannot
     * be told (a launcher on the {@code PATH}, or a JDK without a readable {@code release} file).
     */
    public static int featureOf(String javaExecutable) {
        Path launcher = Path.of(javaExecutable);
        Path home = launcher.toAbsolutePath().getParent() == null ? null : launcher.toAbsolutePath().getParent().getParent();
        if (home == null) {
            return 0;
        }
        try {
            if (Files.isSameFile(home, Path.of(System.getProperty("java.home")))) {
                return Runtime.version().feature();
            }
        } catch (IOException e) {
            return 0; // no such JDK: the launch itself will say so
        }
        return fromReleaseFile(home.resolve("release"));
    }

    /** The feature version in a JDK's {@code release} file ({@code JAVA_VERSION="25.0.1"}), or 0. */
    static int fromReleaseFile(Path release) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(release)) {
            properties.load(in);
        } catch (IOException e) {
            return 0;
        }
        String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
        try {
            return Runtime.Version.parse(version).feature();
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }
}
