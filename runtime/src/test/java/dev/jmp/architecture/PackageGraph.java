package dev.jmp.architecture;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;

/**
 * Which runtime package uses which, read from the compiled classes by {@code jdeps} (the JDK's
 * own class-file dependency analysis), with the class-to-class dependencies behind each package
 * edge so that a failure can say which classes to change.
 */
final class PackageGraph {

    /** A package using another. */
    record Edge(String from, String to) {
        @Override
        public String toString() {
            return from + " -> " + to;
        }
    }

    private final Map<Edge, Set<String>> classes;

    private PackageGraph(Map<Edge, Set<String>> classes) {
        this.classes = classes;
    }

    /** The graph of the {@code dev.jmp} packages compiled into {@code classDirectory}. */
    static PackageGraph read(Path classDirectory) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new IllegalStateException(
                "jdeps is not in this JDK (module jdk.jdeps); run the tests on a full JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:class", "-filter:none",
                "-e", "dev\\.jmp\\..*", classDirectory.toString());
        if (status != 0) {
            throw new IllegalStateException("jdeps failed (" + status + "): " + err);
        }
        Map<Edge, Set<String>> classes = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        for (String line : out.toString().split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 3 && parts[1].equals("->") && parts[0].startsWith("dev.jmp.")
                    && parts[2].startsWith("dev.jmp.")) {
                Edge edge = new Edge(packageOf(parts[0]), packageOf(parts[2]));
                if (!edge.from().equals(edge.to())) {
                    classes.computeIfAbsent(edge, e -> new TreeSet<>()).add(simple(parts[0]) + " -> " + simple(parts[2]));
                }
            }
        }
        return new PackageGraph(classes);
    }

    private static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    Set<Edge> edges() {
        return classes.keySet();
    }

    /** The packages {@code from} uses. */
    Set<String> importsOf(String from) {
        return edges().stream().filter(e -> e.from().equals(from)).map(Edge::to)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    Set<String> packages() {
        Set<String> packages = new TreeSet<>();
        edges().forEach(e -> {
            packages.add(e.from());
            packages.add(e.to());
        });
        return packages;
    }

    /** The class dependencies that make {@code edge}: "A -> B", classes by simple name. */
    Set<String> classesOf(Edge edge) {
        return classes.getOrDefault(edge, Set.of());
    }

    /**
     * The groups of packages that use each other in a circle: the strongly connected parts of more
     * than one package (Tarjan).
     */
    List<Set<String>> cycles() {
        Map<String, Set<String>> next = new TreeMap<>();
        packages().forEach(p -> next.put(p, new TreeSet<>()));
        edges().forEach(e -> next.get(e.from()).add(e.to()));
        return new Components(next).strong().stream().filter(c -> c.size() > 1).toList();
    }

    /** Tarjan's strongly connected components (recursive: the graph has a few dozen nodes). */
    private static final class Components {
        private final Map<String, Set<String>> next;
        private final Map<String, Integer> index = new TreeMap<>();
        private final Map<String, Integer> low = new TreeMap<>();
        private final List<String> stack = new ArrayList<>();
        private final List<Set<String>> found = new ArrayList<>();

        Components(Map<String, Set<String>> next) {
            this.next = next;
        }

        List<Set<String>> strong() {
            next.keySet().forEach(node -> {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            });
            return found;
        }

        private void visit(String node) {
            index.put(node, index.size());
            low.put(node, index.get(node));
            stack.add(node);
            for (String to : next.get(node)) {
                if (!index.containsKey(to)) {
                    visit(to);
                    low.put(node, Math.min(low.get(node), low.get(to)));
                } else if (stack.contains(to)) {
                    low.put(node, Math.min(low.get(node), index.get(to)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                Set<String> component = new TreeSet<>();
                String top;
                do {
                    top = stack.remove(stack.size() - 1);
                    component.add(top);
                } while (!top.equals(node));
                found.add(component);
            }
        }
    }
}
