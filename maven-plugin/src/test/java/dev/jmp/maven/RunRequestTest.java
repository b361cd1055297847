package dev.jmp.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class RunRequestTest {

    @Test
    void aTaskOnTheCommandLineReplacesThePomsMainClass() {
        RunRequest request = RunRequest.of("dev.jmp.examples.Demo", null, cli("jmp.task", "Greeter.greet"));

        assertEquals(new RunRequest(null, "Greeter.greet"), request);
    }

    @Test
    void aMainClassOnTheCommandLineReplacesThePomsTask() {
        RunRequest request = RunRequest.of(null, "Greeter.greet", cli("jmp.mainClass", "com.example.App"));

        assertEquals(new RunRequest("com.example.App", null), request);
    }

    @Test
    void withoutCommandLineOptionsThePomDecides() {
        assertEquals(new RunRequest("com.example.App", null), RunRequest.of(" com.example.App ", "", new Properties()));
    }

    @Test
    void bothOnTheCommandLineStayBothSoTheMojoRejectsThem() {
        Properties cli = cli("jmp.task", "Greeter.greet");
        cli.setProperty("jmp.mainClass", "com.example.App");

        assertEquals(new RunRequest("com.example.App", "Greeter.greet"), RunRequest.of(null, null, cli));
    }

    @Test
    void bothInThePomStayBoth() {
        assertEquals(new RunRequest("com.example.App", "Greeter.greet"),
                RunRequest.of("com.example.App", "Greeter.greet", cli("unrelated", "x")));
    }

    @Test
    void aBlankCommandLineOptionDoesNotReplaceThePom() {
        assertEquals(new RunRequest("com.example.App", null),
                RunRequest.of("com.example.App", null, cli("jmp.task", " ")));
    }

    private static Properties cli(String key, String value) {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        return properties;
    }
}
