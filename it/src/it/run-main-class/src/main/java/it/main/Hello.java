package it.main;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/** Prints what it got from jmp:run, so verify.groovy can check each piece in build.log. */
public class Hello {

    public static void main(String[] args) throws Exception {
        System.out.println("hello: started");
        System.out.println("hello: args=" + String.join("|", args));
        System.out.println("hello: it.greeting=" + System.getProperty("it.greeting"));
        System.out.println("hello: it.color=" + System.getProperty("it.color"));
        boolean xss = ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-Xss2m");
        System.out.println("hello: -Xss2m=" + xss);
        System.out.println("hello: runtime dependency=" + Class.forName("dev.jmp.internal.TaskNames").getSimpleName());
        System.out.println("hello: working directory=" + Path.of("").toAbsolutePath().getFileName());
        System.out.println("hello: inside Maven=" + (System.getProperty("maven.home") != null));
        System.out.println("hello: java.home=" + System.getProperty("java.home"));
        System.err.println("hello: a line on stderr");
        System.out.println("hello: done");
    }
}
