package dev.jmp.maven.fork;

import java.nio.charset.Charset;

/**
 * The platform's encoding ({@code native.encoding}), which a child JVM uses for its standard
 * streams and the launcher uses for argument files; since JDK 18 it can differ from
 * {@link Charset#defaultCharset()}, which is UTF-8 there.
 */
final class NativeCharset {

    private NativeCharset() {}

    static Charset get() {
        String name = System.getProperty("native.encoding");
        return name == null ? Charset.defaultCharset() : Charset.forName(name);
    }
}
