package dev.jmp.processor.model;

import com.palantir.javapoet.TypeName;
import javax.lang.model.element.VariableElement;

/**
 * One parameter of a task method.
 *
 * @param element the parameter, target of errors about its type
 * @param name the parameter's name, reused in the generated factory and entry
 * @param type the declared type, as generated signatures spell it
 * @param erasure the erased type, for Javadoc links to the task method
 * @param wire how values of the type cross a process boundary
 */
public record TaskParameter(
        VariableElement element, String name, TypeName type, TypeName erasure, WireType wire) {}
