package dev.jmp.internal;

import java.util.Arrays;
import java.util.Locale;

/**
 * Parses the string arguments of a generated worker entry's {@code main(String[])}, so a task
 * runs on its own: {@code java ... Greeter_greet_Entry Alice}. A wrong count or a value that does
 * not parse is an {@link IllegalArgumentException} that names the parameter and shows the usage.
 */
public final class EntryArguments {

    private final String task;
    private final String[] args;
    private final String[] parameterNames;

    private EntryArguments(String task, String[] args, String[] parameterNames) {
        this.task = task;
        this.args = args;
        this.parameterNames = parameterNames;
    }

    /** Checks the count against the task's parameters. */
    public static EntryArguments of(String task, String[] args, String... parameterNames) {
        EntryArguments parsed = new EntryArguments(task, args, parameterNames);
        if (args.length != parameterNames.length) {
            throw parsed.problem("expects " + parameterNames.length + " argument(s) but got "
                    + args.length + " " + Arrays.toString(args));
        }
        return parsed;
    }

    private IllegalArgumentException problem(String what) {
        return new IllegalArgumentException("[jmp.args] " + task + " " + what + "; usage: " + task
                + (parameterNames.length == 0 ? "" : " <" + String.join("> <", parameterNames) + ">"));
    }

    private IllegalArgumentException notA(int i, String type) {
        return problem("argument " + (i + 1) + " (" + parameterNames[i] + ") is not " + type + ": \"" + args[i] + "\"");
    }

    public String string(int i) {
        return args[i];
    }

    public boolean booleanValue(int i) {
        String v = args[i].toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return v.equals("true");
        }
        throw notA(i, "a boolean (true or false)");
    }

    public char charValue(int i) {
        if (args[i].length() != 1) {
            throw notA(i, "a single character");
        }
        return args[i].charAt(0);
    }

    public byte byteValue(int i) {
        try {
            return Byte.parseByte(args[i]);
        } catch (NumberFormatException e) {
            throw notA(i, "a byte");
        }
    }

    public short shortValue(int i) {
        try {
            return Short.parseShort(args[i]);
        } catch (NumberFormatException e) {
            throw notA(i, "a short");
        }
    }

    public int intValue(int i) {
        try {
            return Integer.parseInt(args[i]);
        } catch (NumberFormatException e) {
            throw notA(i, "an int");
        }
    }

    public long longValue(int i) {
        try {
            return Long.parseLong(args[i]);
        } catch (NumberFormatException e) {
            throw notA(i, "a long");
        }
    }

    public float floatValue(int i) {
        try {
            return Float.parseFloat(args[i]);
        } catch (NumberFormatException e) {
            throw notA(i, "a float");
        }
    }

    public double doubleValue(int i) {
        try {
            return Double.parseDouble(args[i]);
        } catch (NumberFormatException e) {
            throw notA(i, "a double");
        }
    }

    public <E extends Enum<E>> E enumValue(int i, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(args[i])) {
                return constant;
            }
        }
        throw notA(i, "one of " + Arrays.toString(type.getEnumConstants()));
    }
}
