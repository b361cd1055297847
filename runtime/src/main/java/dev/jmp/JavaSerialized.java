package dev.jmp;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opts a parameter (or, on the method, the return value) of a {@link ProcessTask} into Java
 * serialization, for {@link java.io.Serializable} types the generated codecs do not cover.
 *
 * <p>Generated codecs are faster and checked at compile time; this is the fallback. The receiving
 * side reads through an {@link java.io.ObjectInputFilter} that admits only the declared type,
 * the classes or patterns in {@link #allow()}, and JDK value types ({@code java.lang},
 * {@code java.util}, {@code java.time}, {@code java.math}); anything else is refused before it is
 * instantiated.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface JavaSerialized {

    /**
     * Further classes the filter admits, in {@link java.io.ObjectInputFilter.Config#createFilter}
     * pattern syntax: {@code com.example.Money}, {@code com.example.model.*}.
     */
    String[] allow() default {};
}
