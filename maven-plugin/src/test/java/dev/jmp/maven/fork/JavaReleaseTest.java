package dev.jmp.maven.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaReleaseTest {

    @TempDir
    Path dir;

    @Test
    void thisJvmsLauncherIsThisJvmsVersion() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        assertEquals(Runtime.version().feature(), JavaRelease.featureOf(java));
    }

    @Test
    void anotherJdkIsReadFromItsReleaseFile() throws Exception {
        Path home = dir.resolve("jdk-25");
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.1\"\n");
        assertEquals(25, JavaRelease.featureOf(home.resolve("bin/java").toString()));
    }

    @Test
    void aLauncherOnThePathOrWithoutAReleaseFileIsUnknown() throws Exception {
        assertEquals(0, JavaRelease.featureOf("java"));
        Path home = dir.resolve("bare");
        Files.createDirectories(home.resolve("bin"));
        assertEquals(0, JavaRelease.featureOf(home.resolve("bin/java").toString()));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"not a version\"\n");
        assertEquals(0, JavaRelease.featureOf(home.resolve("bin/java").toString()));
    }
}
