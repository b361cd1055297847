package dev.jmp.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MessageTest {

    @Test
    void codesAreUnique() {
        Set<String> codes = Arrays.stream(Message.values()).map(Message::code).collect(Collectors.toSet());
        assertEquals(Message.values().length, codes.size());
    }

    @Test
    void formatStartsWithTheCode() {
        assertEquals("[jmp.run.exit] com.example.App exited with code 3; its output is above",
                Message.EXIT_CODE.format("com.example.App", "code 3"));
    }
}
