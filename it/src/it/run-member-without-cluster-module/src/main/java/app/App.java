package app;

/** A project's code; the members would run its tasks. */
public class App {

    public static void main(String[] args) {
        System.out.println("app");
    }
}
