package dev.jmp.processor;

import com.google.auto.service.AutoService;
import dev.jmp.ProcessTask;
import dev.jmp.manager.Shared;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Checks every {@link ProcessTask} method and generates, for {@code com.example.Greeter}, the
 * factory {@code com.example.GreeterTasks}, one worker entry per task in
 * {@code com.example.jmp_generated}, and the index {@code META-INF/jmp/tasks.index}; and, for a
 * class {@code com.example.Counter} with {@link Shared} methods, the proxy
 * {@code com.example.CounterProxy} and the dispatcher {@code com.example.jmp_generated.Counter_Dispatcher}.
 * Names follow {@link dev.jmp.internal.TaskNames}.
 *
 * <p>Consumers name the processor explicitly, since javac 23 and later no longer run processors
 * found on the class path:
 *
 * <pre>{@code
 * <annotationProcessorPaths>
 *   <path><groupId>dev.jmp</groupId><artifactId>jmp-processor</artifactId></path>
 * </annotationProcessorPaths>
 * }</pre>
 */
@AutoService(Processor.class)
public final class JmpProcessor extends AbstractProcessor {

    private TaskRounds rounds;
    private SharedRounds shared;

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        rounds = new TaskRounds(processingEnv);
        shared = new SharedRounds(processingEnv);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(ProcessTask.class.getCanonicalName(), Shared.class.getCanonicalName());
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        rounds.process(round);
        shared.process(round);
        // Not claimed: other processors may read @ProcessTask and @Shared too.
        return false;
    }
}
