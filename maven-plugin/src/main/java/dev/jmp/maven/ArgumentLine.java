package dev.jmp.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Splits a property such as {@code -Djmp.args="Alice 'Bob Smith'"} into arguments the way a
 * shell would, minus everything but quoting: whitespace separates, and single or double quotes
 * keep whitespace inside one argument ({@code Alice}, {@code Bob Smith}).
 */
final class ArgumentLine {

    private ArgumentLine() {}

    /**
     * The arguments in {@code line}; none for {@code null} or blank.
     *
     * @param property the property's name, for the error message
     * @throws MojoExecutionException when a quote is not closed
     */
    static List<String> split(String property, String line) throws MojoExecutionException {
        List<String> args = new ArrayList<>();
        if (line == null) {
            return args;
        }
        StringBuilder current = new StringBuilder();
        boolean inArgument = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inArgument = true;
            } else if (Character.isWhitespace(c)) {
                if (inArgument) {
                    args.add(current.toString());
                    current.setLength(0);
                    inArgument = false;
                }
            } else {
                current.append(c);
                inArgument = true;
            }
        }
        if (quote != 0) {
            String which = quote == '"' ? "double" : "single";
            throw new MojoExecutionException(Message.UNBALANCED_QUOTE.format(property, which, line));
        }
        if (inArgument) {
            args.add(current.toString());
        }
        return args;
    }
}
