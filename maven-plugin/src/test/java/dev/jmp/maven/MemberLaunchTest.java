package dev.jmp.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.maven.fork.JavaCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemberLaunchTest {

    @TempDir
    Path dir;

    @Test
    void theMembersMainClassAndOptionsComeFromTheProjectsClassPathAndTheSettingsBecomeProperties() throws Exception {
        Path classes = compileMemberCommand("dev.jmp.cluster.Member", "\"--add-opens\", \"java.base/java.lang=ALL-UNNAMED\"");
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("jmp.cluster.name", "prod");
        settings.put("jmp.cluster.port", null);
        settings.put("jmp.cluster.workers", " 4 ");

        JavaCommand command = MemberLaunch.command("java", List.of(classes), settings, List.of("-Xmx1g"), "g:a:1");

        assertEquals("java -Djmp.cluster.name=prod -Djmp.cluster.workers=4 --add-opens java.base/java.lang=ALL-UNNAMED"
                + " --jdk=0 -Xmx1g -cp " + classes + " dev.jmp.cluster.Member", command.toDisplayString());
    }

    @Test
    void theOptionsAreTheOnesForTheMembersJdk() throws Exception {
        Path classes = compileMemberCommand("dev.jmp.cluster.Member", "");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        JavaCommand command = MemberLaunch.command(java, List.of(classes), Map.of(), List.of(), "g:a:1");

        assertTrue(command.toDisplayString().contains(" --jdk=" + Runtime.version().feature() + " "), command.toDisplayString());
    }

    @Test
    void aProjectWithoutTheClusterModuleGetsACodedErrorNamingTheArtifact() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> MemberLaunch.command("java", List.of(dir), Map.of(), List.of(), "com.example:app:1.0"));
        assertTrue(e.getMessage().startsWith("[jmp.member.no-cluster] "), e.getMessage());
        assertTrue(e.getMessage().contains("com.example:app:1.0") && e.getMessage().contains("dev.jmp:jmp-cluster-hazelcast"),
                e.getMessage());
    }

    /**
     * A stand-in for the cluster module's MemberCommand, compiled into a directory of its own: its
     * options end with {@code --jdk=<the feature version it was asked for>}.
     */
    private Path compileMemberCommand(String mainClass, String options) throws Exception {
        Path source = dir.resolve("src/dev/jmp/cluster/MemberCommand.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package dev.jmp.cluster;\npublic final class MemberCommand {\n"
                + "  public static final String MAIN_CLASS = \"" + mainClass + "\";\n"
                + "  public static java.util.List<String> jvmOptions(int jdk) {\n"
                + "    java.util.List<String> o = new java.util.ArrayList<>(java.util.List.of(" + options + "));\n"
                + "    o.add(\"--jdk=\" + jdk);\n    return o;\n  }\n}\n");
        Path classes = dir.resolve("classes");
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), source.toString());
        assertEquals(0, status, "the stand-in compiles");
        return classes;
    }
}
