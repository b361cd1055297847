package app;

import dev.jmp.pool.Pool;

/** A driver holding another key than the members': what it sends them is refused. */
public class WrongKey {

    public static void main(String[] args) throws Exception {
        try (Pool pool = new Pool(1)) {
            System.out.println("ran: " + pool.apply(SeedsTasks.square(3)));
        } catch (RuntimeException e) {
            System.out.println("refused: " + e.getMessage());
        }
    }
}
