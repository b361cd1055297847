package dev.jmp.processor.write;

import dev.jmp.internal.TaskIndex;
import dev.jmp.internal.TaskNames;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@code META-INF/jmp/tasks.index}, the list of every task of the compilation, which
 * {@code jmp:run} and {@code jmp:verify} read. It is written once, after the last round, because
 * the Filer cannot reopen a resource.
 */
public final class IndexWriter {

    /**
     * @param entries every task generated in this compilation
     * @param origins the classes that declared them
     */
    public void write(List<TaskIndex.Entry> entries, List<? extends Element> origins, Filer filer) throws IOException {
        FileObject file = filer.createResource(
                StandardLocation.CLASS_OUTPUT, "", TaskNames.INDEX_RESOURCE, origins.toArray(Element[]::new));
        try (Writer writer = file.openWriter()) {
            writer.write(new TaskIndex(entries).write());
        }
    }
}
