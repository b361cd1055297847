package dev.jmp.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.architecture.PackageGraph.Edge;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The runtime's layering, checked on the compiled classes: its packages use each other in one
 * direction (API, then services, then the sync primitives, shared memory, what generated code
 * calls, and at the bottom {@code dev.jmp.base}, which uses only the JDK), and its surface, the
 * public types of the packages its module descriptor exports, is a decision written down in
 * {@code public-types.txt}, not an accident.
 */
class ArchitectureTest {

    /**
     * The lowest layers, bottom first: a package may use packages of its own layer and of the
     * layers below it, never one above, and none outside this list.
     */
    private static final List<Set<String>> LOWER_LAYERS = List.of(
            Set.of("dev.jmp.base"),
            Set.of("dev.jmp.internal"),
            Set.of("dev.jmp.value"),
            Set.of("dev.jmp.wire"),
            Set.of("dev.jmp.memory"),
            Set.of("dev.jmp.sync.primitive"),
            Set.of("dev.jmp.ring", "dev.jmp.codec"));

    private static final String ALLOW_LIST = "public-types.txt";

    private static Path classes;
    private static PackageGraph graph;

    @BeforeAll
    static void readTheCompiledRuntime() throws URISyntaxException {
        classes = Path.of(dev.jmp.base.Deadline.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        graph = PackageGraph.read(classes);
    }

    @Test
    void packagesUseEachOtherWithoutCycles() {
        List<Set<String>> cycles = graph.cycles();
        StringBuilder report = new StringBuilder();
        for (Set<String> cycle : cycles) {
            report.append("\npackages in a cycle: ").append(cycle);
            graph.edges().stream()
                    .filter(e -> cycle.contains(e.from()) && cycle.contains(e.to()))
                    .forEach(e -> report.append("\n  ").append(e).append(" (").append(graph.classesOf(e).size())
                            .append(" class uses): ").append(String.join(", ", graph.classesOf(e))));
        }
        assertTrue(cycles.isEmpty(), "[architecture] runtime packages use each other in a circle; break one"
                + " use per cycle (move the class, or invert the dependency):" + report);
    }

    @Test
    void lowerLayersNeverUseTheLayersAbove() {
        StringBuilder report = new StringBuilder();
        for (int layer = 0; layer < LOWER_LAYERS.size(); layer++) {
            Set<String> allowed = new TreeSet<>();
            LOWER_LAYERS.subList(0, layer + 1).forEach(allowed::addAll);
            for (String from : LOWER_LAYERS.get(layer)) {
                for (String to : graph.importsOf(from)) {
                    Edge edge = new Edge(from, to);
                    if (!allowed.contains(to)) {
                        report.append("\n  ").append(edge).append(": ").append(String.join(", ", graph.classesOf(edge)));
                    }
                }
            }
        }
        assertTrue(report.isEmpty(), "[architecture] a lower layer uses a package above it (dev.jmp.base may use"
                + " only the JDK):" + report);
    }

    @Test
    void theModuleNeedsNothingOutsideTheJdk() throws IOException {
        Set<String> outside = descriptor().requires().stream().map(ModuleDescriptor.Requires::name)
                .filter(name -> !name.startsWith("java.") && !name.startsWith("jdk."))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), outside, "[architecture] jmp-runtime depends on nothing outside the JDK");
    }

    @Test
    void theExportedSurfaceIsTheAllowList() throws IOException {
        Set<String> exported = exportedPackages();
        Set<String> allowed = allowList();
        Set<String> actual = PublicTypes.in(classes).stream().filter(type -> exported.contains(packageOf(type)))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> added = new TreeSet<>(actual);
        added.removeAll(allowed);
        Set<String> removed = new TreeSet<>(allowed);
        removed.removeAll(actual);
        assertEquals(Set.of(), added, "[architecture] new public types in exported packages: make them"
                + " package-private, or add them to src/test/resources/dev/jmp/architecture/" + ALLOW_LIST
                + " if they are meant to be API (or what generated code calls)");
        assertEquals(Set.of(), removed, "[architecture] no longer public, gone, or in a package module-info.java"
                + " does not export: remove them from " + ALLOW_LIST);
    }

    /** Packages exported to every module; a qualified export is not surface. */
    private static Set<String> exportedPackages() throws IOException {
        return descriptor().exports().stream().filter(export -> !export.isQualified())
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new));
    }

    private static ModuleDescriptor descriptor() throws IOException {
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    private static String packageOf(String binaryName) {
        return binaryName.substring(0, binaryName.lastIndexOf('.'));
    }

    /** The allow-list: binary names, one a line; blank lines and {@code #} comments are skipped. */
    private static Set<String> allowList() throws IOException {
        try (InputStream in = ArchitectureTest.class.getResourceAsStream(ALLOW_LIST)) {
            if (in == null) {
                throw new IllegalStateException(ALLOW_LIST + " is missing next to " + ArchitectureTest.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
