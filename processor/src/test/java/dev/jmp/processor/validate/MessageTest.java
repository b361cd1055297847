package dev.jmp.processor.validate;

import static com.google.common.truth.Truth.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageTest {

    @Test
    void codesAreStableAndUnique() {
        List<String> codes = Arrays.stream(Message.values()).map(Message::code).toList();
        assertThat(codes).containsNoDuplicates();
        assertThat(codes).containsExactly("not-static", "method-not-public", "class-not-public", "unnamed-package",
                "generic-method", "invalid-name", "name-collision", "factory-collision", "unsupported-type",
                "type-argument", "type-not-public", "recursive-record", "element-type", "not-serializable", "shared-class-not-public",
                "shared-unnamed-package", "shared-not-constructible", "shared-generic-class", "shared-method-static",
                "shared-method-not-public", "shared-reserved-name", "proxy-collision", "internal").inOrder();
    }

    @Test
    void everyMessageSaysWhatIsWrongThenHowToFixIt() {
        for (Message message : Message.values()) {
            Object[] args = new Object[8];
            Arrays.fill(args, "X");
            String text = message.format(args);
            assertThat(text).startsWith("[jmp." + message.code() + "] ");
            assertThat(text).contains("; ");
            assertThat(text).doesNotContain("%");
        }
    }
}
