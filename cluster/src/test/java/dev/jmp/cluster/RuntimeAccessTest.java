package dev.jmp.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The cluster module uses only what jmp-runtime's module descriptor exports to it, so that it
 * also links as module {@value #MODULE} on the module path: each runtime package its classes use
 * (read by {@code jdeps}) is exported to everyone or to this module by name.
 */
class RuntimeAccessTest {

    /** The cluster jar's Automatic-Module-Name (the jmp.moduleName of its pom). */
    private static final String MODULE = "dev.jmp.cluster";

    @Test
    void everyRuntimePackageTheClusterModuleUsesIsExportedToIt() throws Exception {
        ModuleDescriptor runtime = runtimeDescriptor();
        Set<String> readable = runtime.exports().stream()
                .filter(e -> !e.isQualified() || e.targets().contains(MODULE))
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new));
        Set<String> used = runtimePackagesUsed(codeSource(MemberCommand.class));
        Set<String> unreadable = new TreeSet<>(used);
        unreadable.removeAll(readable);
        assertEquals(Set.of(), unreadable, "[architecture] the cluster module uses runtime packages that module "
                + "dev.jmp does not export to " + MODULE + ": add `exports <package> to " + MODULE
                + ";` to runtime's module-info.java, or use an exported type (used: " + used + ")");
    }

    /** The {@code dev.jmp} packages outside this module that the classes in {@code classes} use. */
    private static Set<String> runtimePackagesUsed(Path classes) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new IllegalStateException(
                "jdeps is not in this JDK (module jdk.jdeps); run the tests on a full JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", "-filter:none",
                "-e", "dev\\.jmp\\..*", classes.toString());
        if (status != 0) {
            throw new IllegalStateException("jdeps failed (" + status + "): " + err);
        }
        Set<String> used = new TreeSet<>();
        for (String line : out.toString().split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 3 && parts[1].equals("->") && parts[2].startsWith("dev.jmp.")
                    && !parts[2].startsWith("dev.jmp.cluster")) {
                used.add(parts[2]);
            }
        }
        if (used.isEmpty()) {
            throw new IllegalStateException("jdeps found no use of the runtime in " + classes + ":\n" + out);
        }
        return used;
    }

    private static ModuleDescriptor runtimeDescriptor() throws IOException, URISyntaxException {
        Path runtime = codeSource(dev.jmp.Context.class);
        if (Files.isDirectory(runtime)) {
            try (InputStream in = Files.newInputStream(runtime.resolve("module-info.class"))) {
                return ModuleDescriptor.read(in);
            }
        }
        try (JarFile jar = new JarFile(runtime.toFile());
                InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    private static Path codeSource(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
