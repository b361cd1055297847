package dev.jmp.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rule for block names, checked without a regular expression, against the rule written as one. */
class BlockFilesTest {

    /** The documented rule: 1 to 200 of letters, digits, '_', '.', '-', not starting with '.' or '-'. */
    private static final Pattern RULE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}");

    @Test
    void everyShortNameIsJudgedAsTheRuleSays() {
        String alphabet = "aZ09_.-/ é\u0000";
        List<String> names = new ArrayList<>();
        names.add("");
        for (char a : alphabet.toCharArray()) {
            names.add(String.valueOf(a));
            for (char b : alphabet.toCharArray()) {
                names.add("" + a + b);
                for (char c : alphabet.toCharArray()) {
                    names.add("" + a + b + c);
                }
            }
        }
        for (String name : names) {
            String bare = name.startsWith("/") ? name.substring(1) : name; // Python's leading slash
            assertEquals(RULE.matcher(bare).matches(), accepts(name), "\"" + name + "\"");
        }
    }

    @Test
    void aNameHasAtMost200Characters() {
        assertTrue(accepts("a".repeat(200)));
        assertEquals(false, accepts("a".repeat(201)));
        assertEquals(false, accepts("a".repeat(199) + "/"));
    }

    @Test
    void pythonsLeadingSlashIsDroppedOnce() {
        assertEquals("psm_1", BlockFiles.checkName("/psm_1"));
        assertEquals(false, accepts("//psm_1"));
        assertEquals(false, accepts("/"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BlockFiles.checkName(null))
                .getMessage().startsWith("[jmp.shm.bad-name] null is not"));
    }

    private static boolean accepts(String name) {
        try {
            BlockFiles.checkName(name);
            return true;
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().startsWith("[jmp.shm.bad-name] "), e.getMessage());
            return false;
        }
    }
}
