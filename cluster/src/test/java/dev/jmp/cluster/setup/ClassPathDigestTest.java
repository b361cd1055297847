package dev.jmp.cluster.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.internal.TaskNames;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A driver takes a member whose class path holds its code, wherever it keeps it, and names what differs. */
class ClassPathDigestTest {

    @TempDir
    Path tmp;

    @Test
    void theSameCodeInOtherFoldersIsTheSameAndEntriesWithoutTasksMayBeMissing() throws IOException {
        ClassPathDigest driver = ClassPathDigest.of(path(classes("driver", "v1"), jar("driver", "lib.jar", "x", false),
                jar("driver", "junit.jar", "test library", false)));
        ClassPathDigest member = ClassPathDigest.decode(ClassPathDigest.of(path(classes("member", "v1"),
                jar("member", "lib.jar", "x", false), jar("member", "agent.jar", "an agent", false))).encode());
        assertEquals(Optional.empty(), member.differenceFrom(driver));
    }

    @Test
    void anEntryOfTheSameNameWithOtherContentIsNamed() throws IOException {
        ClassPathDigest driver = ClassPathDigest.of(path(classes("driver", "v2"), jar("driver", "lib.jar", "x", false)));
        ClassPathDigest member = ClassPathDigest.of(path(classes("member", "v1"), jar("member", "lib.jar", "x", false)));
        String difference = member.differenceFrom(driver).orElseThrow();
        assertTrue(difference.startsWith("classes differs: the member's has digest "), difference);
        assertTrue(difference.endsWith(", and so do their task indexes"), difference);

        ClassPathDigest otherLib = ClassPathDigest.of(path(classes("member2", "v2"), jar("member2", "lib.jar", "y", false)));
        assertTrue(otherLib.differenceFrom(driver).orElseThrow().startsWith("lib.jar differs: "));
    }

    @Test
    void tasksOfTheDriverThatTheMemberLacksAreNamed() throws IOException {
        ClassPathDigest driver = ClassPathDigest.of(path(classes("driver", "v1"), jar("driver", "tasks.jar", "t", true)));
        ClassPathDigest member = ClassPathDigest.of(path(classes("member", "v1")));
        assertEquals(Optional.of("the driver's tasks.jar holds tasks (" + TaskNames.INDEX_RESOURCE
                + ") that the member's class path lacks"), member.differenceFrom(driver));
        assertEquals(Optional.empty(), driver.differenceFrom(member), "a member may offer more tasks than a driver sends");
    }

    private Path classes(String where, String version) throws IOException {
        Path classes = Files.createDirectories(tmp.resolve(where).resolve("classes"));
        Files.writeString(classes.resolve("version.txt"), version);
        Path index = classes.resolve(TaskNames.INDEX_RESOURCE);
        Files.createDirectories(index.getParent());
        Files.writeString(index, "task index " + version + "\n");
        return classes;
    }

    private Path jar(String where, String name, String content, boolean withTasks) throws IOException {
        Path jar = Files.createDirectories(tmp.resolve(where)).resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            ZipEntry entry = new ZipEntry("content.txt");
            entry.setTime(0);
            zip.putNextEntry(entry);
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            if (withTasks) {
                ZipEntry index = new ZipEntry(TaskNames.INDEX_RESOURCE);
                index.setTime(0);
                zip.putNextEntry(index);
                zip.write(("tasks of " + content).getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    private static String path(Path... entries) {
        StringBuilder b = new StringBuilder();
        for (Path p : entries) {
            b.append(b.length() == 0 ? "" : File.pathSeparator).append(p);
        }
        return b.toString();
    }
}
