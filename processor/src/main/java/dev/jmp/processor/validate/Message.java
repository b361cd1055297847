package dev.jmp.processor.validate;

import java.util.Locale;

/**
 * Every diagnostic the processor emits. The codes are stable: tests, build logs and users'
 * searches rely on them. Each text reads {@code [jmp.<code>] what is wrong with <name>; how to fix it}.
 */
public enum Message {
    NOT_STATIC("%s is not static; make it static, since a task runs in another JVM without an instance"),
    METHOD_NOT_PUBLIC("%s is not public, so the generated worker entry in package %s cannot call it; make it public"),
    CLASS_NOT_PUBLIC("%s is not public, so the generated worker entries in package %s cannot reach the tasks of %s;"
            + " make it public"),
    UNNAMED_PACKAGE("%s declares tasks but is in the unnamed package, which generated code cannot refer to;"
            + " move it into a named package"),
    GENERIC_METHOD("%s declares type variables %s, whose actual types another JVM cannot know;"
            + " replace them with concrete types"),
    INVALID_NAME("task name \"%s\" of %s %s; choose another with @ProcessTask(name = \"...\")"),
    NAME_COLLISION("task \"%s\" of %s collides with %s: both would generate %s;"
            + " give one of them another name with @ProcessTask(name = \"...\")"),
    FACTORY_COLLISION("%s would get the factory %s, which %s gets too; rename one of the two classes"),
    UNSUPPORTED_TYPE("%s: %s is not a type jmp can encode%s; use a primitive, String, java.time value,"
            + " BigDecimal, BigInteger, UUID, enum, record, array, List/Set/Map/Optional of those,"
            + " or annotate with @JavaSerialized"),
    TYPE_ARGUMENT("%s: %s is %s; give List, Set, Map and generic records concrete type arguments,"
            + " such as List<String>"),
    TYPE_NOT_PUBLIC("%s: %s is not public (or is nested in a class that is not, or is in the unnamed package),"
            + " so the generated worker entry cannot use it; make it public"),
    RECURSIVE_RECORD("%s: %s is %s, which a tree-shaped encoding cannot hold; break the cycle, or make the record"
            + " Serializable and annotate with @JavaSerialized"),
    ELEMENT_TYPE("%s: %s carries elements of %s, which no built-in codec encodes and which is not Serializable,"
            + " so creating it with that class fails at run time; make the element a record of primitives,"
            + " strings, java.time values, BigDecimal, UUID or enums, or Serializable (a queue with a Codec of"
            + " your own can be declared with a wildcard, Queue<?>)"),
    NOT_SERIALIZABLE("%s: %s is under @JavaSerialized but does not implement java.io.Serializable;"
            + " implement Serializable, or use a type jmp encodes itself"),
    SHARED_CLASS_NOT_PUBLIC("%s is not public, so the generated proxy and dispatcher cannot reach the shared methods"
            + " of %s; make it public"),
    SHARED_UNNAMED_PACKAGE("%s declares shared methods but is in the unnamed package, which generated code cannot"
            + " refer to; move it into a named package"),
    SHARED_NOT_CONSTRUCTIBLE("%s cannot be created by a manager: %s; make it a public top-level or static nested class"
            + " with a public constructor"),
    SHARED_GENERIC_CLASS("%s declares type variables %s, whose actual types a manager's server cannot know;"
            + " share a class with concrete types"),
    SHARED_METHOD_STATIC("%s is static, but a shared method is called on an object a manager holds;"
            + " make it an instance method, or remove @Shared"),
    SHARED_METHOD_NOT_PUBLIC("%s is not public, so the generated dispatcher in package %s cannot call it; make it public"),
    SHARED_RESERVED_NAME("%s would clash with %s, which every proxy has; rename the method"),
    PROXY_COLLISION("%s would get the proxy %s, which %s gets too; rename one of the two classes"),
    INTERNAL("jmp could not process %s: %s; this is a bug in jmp, please report it with this message");

    private final String template;

    Message(String template) {
        this.template = template;
    }

    /** {@code not-static}: the stable code. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code [jmp.not-static]}: how every message with this code starts. */
    public String tag() {
        return "[jmp." + code() + "]";
    }

    /** The full message text for {@code args}. */
    public String format(Object... args) {
        return tag() + " " + String.format(Locale.ROOT, template, args);
    }
}
