package dev.jmp.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Generated;
import javax.lang.model.element.Element;

/**
 * The base of every generated source: subclasses describe the type, this class adds
 * {@code @Generated} (where the module of the code reads it, see {@link GeneratedAnnotation}) and
 * the originating element (so incremental builds know what to regenerate) and writes the file.
 *
 * @param <T> the model the source is generated from
 */
public abstract class SourceGenerator<T> {

    /** The processor named in {@code @Generated}. */
    static final String GENERATOR = "dev.jmp.processor.JmpProcessor";

    private static final AnnotationSpec GENERATED =
            AnnotationSpec.builder(Generated.class).addMember("value", "$S", GENERATOR).build();

    SourceGenerator() {}

    /** The generated file, not yet written. */
    public final JavaFile file(T model) {
        TypeSpec.Builder builder = type(model).addOriginatingElement(origin(model));
        if (GeneratedAnnotation.visibleFrom(origin(model))) {
            builder.addAnnotation(GENERATED);
        }
        TypeSpec type = builder.build();
        return JavaFile.builder(className(model).packageName(), type).indent("    ").build();
    }

    /** Writes the generated file through the processor's {@link Filer}. */
    public final void write(T model, Filer filer) throws IOException {
        file(model).writeTo(filer);
    }

    /** The generated class. */
    abstract ClassName className(T model);

    /** The generated class's content, without {@code @Generated}. */
    abstract TypeSpec.Builder type(T model);

    /** The element the generated file is derived from. */
    abstract Element origin(T model);
}
