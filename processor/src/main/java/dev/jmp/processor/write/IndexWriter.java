package dev.jmp.processor.write;

import dev.jmp.internal.TaskIndex;
import dev.jmp.internal.TaskNames;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@code META-INF/jmp/tasks.index}, the list of the tasks of the class output, which
 * {@code jmp:run}, {@code jmp:verify} and warm spares read. It is written once, after the last
 * round, because the Filer cannot reopen a resource.
 *
 * <p>An incremental compilation (an IDE's, or a build tool's that recompiles only what changed)
 * sees some of the classes only, so the index it writes starts from the one already in the class
 * output: lines of classes compiled this time are replaced by what they declare now, and lines
 * of the other classes are kept while those classes still exist. A class whose last task was
 * removed, in a compilation with no task left at all, keeps its lines until the next full build;
 * whoever reads the index tolerates a line whose entry class is gone.
 */
public final class IndexWriter {

    /**
     * @param entries  every task generated in this compilation
     * @param origins  the classes that declared them
     * @param compiled binary names of every class compiled this time, whose old lines are replaced
     * @param exists   whether a class, by binary name, is still there for a line kept from before
     */
    public void write(List<TaskIndex.Entry> entries, List<? extends Element> origins, Set<String> compiled,
                      Predicate<String> exists, Filer filer) throws IOException {
        Set<TaskIndex.Entry> merged = new LinkedHashSet<>(entries);
        for (TaskIndex.Entry old : previous(filer)) {
            if (!compiled.contains(old.ownerClass()) && exists.test(old.ownerClass())) {
                merged.add(old);
            }
        }
        FileObject file = filer.createResource(
                StandardLocation.CLASS_OUTPUT, "", TaskNames.INDEX_RESOURCE, origins.toArray(Element[]::new));
        try (Writer writer = file.openWriter()) {
            writer.write(new TaskIndex(new ArrayList<>(merged)).write());
        }
    }

    /** The index already in the class output, or nothing (a full build, or none readable). */
    private static List<TaskIndex.Entry> previous(Filer filer) {
        try {
            FileObject existing = filer.getResource(StandardLocation.CLASS_OUTPUT, "", TaskNames.INDEX_RESOURCE);
            try (Reader reader = existing.openReader(true)) {
                return TaskIndex.read(reader).entries();
            }
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
            return List.of();
        }
    }
}
