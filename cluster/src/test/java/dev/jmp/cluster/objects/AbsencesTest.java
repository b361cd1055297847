package dev.jmp.cluster.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which clients a member takes for gone, on a clock of the test's: times are milliseconds. */
class AbsencesTest {

    static final long GRACE = 10_000;

    @Test
    void aClientIsGoneOnlyWhenNoMemberHasHadItForTheGracePeriod() {
        Absences a = new Absences(GRACE);
        a.update(List.of(Set.of("c"), Set.of("c")), 0);
        a.update(List.of(Set.of(), Set.of("c")), 1_000);
        assertTrue(a.alive("c", 1_000), "one member lost it, the other has it");
        a.update(List.of(Set.of(), Set.of()), 2_000);
        a.update(List.of(Set.of(), Set.of()), 11_000);
        assertTrue(a.alive("c", 11_000), "within the grace period of its last connection");
        assertEquals(Set.of(), a.gone(11_000));
        a.update(List.of(Set.of(), Set.of()), 12_000);
        assertFalse(a.alive("c", 12_000), "no member has had it for the grace period");
        assertEquals(Set.of("c"), a.gone(12_000));
    }

    @Test
    void aClientThatReconnectsWithinTheGracePeriodIsNeverGone() {
        Absences a = new Absences(GRACE);
        a.update(List.of(Set.of("c")), 0);
        a.update(List.of(Set.of()), 1_000);
        a.update(List.of(Set.of("c")), 9_000);
        for (long t = 10_000; t <= 30_000; t += 1_000) {
            a.update(List.of(Set.of("c")), t);
            assertTrue(a.alive("c", t));
            assertEquals(Set.of(), a.gone(t));
        }
    }

    @Test
    void aClientNeverHeardOfStartsItsGracePeriodWhenFirstAskedAbout() {
        Absences a = new Absences(GRACE);
        a.update(List.of(Set.of()), 0);
        a.update(List.of(Set.of()), 4_000);
        assertTrue(a.alive("new", 4_000), "perhaps just connected to another member, not yet heard of here");
        a.update(List.of(Set.of()), 8_000);
        a.update(List.of(Set.of()), 13_000);
        assertTrue(a.alive("new", 13_000));
        a.update(List.of(Set.of()), 14_000);
        assertFalse(a.alive("new", 14_000));
    }

    @Test
    void aViewNotBroughtUpToDateTakesNoOneForGone() {
        Absences a = new Absences(GRACE);
        assertTrue(a.alive("c", 0), "before the first update");
        a.update(List.of(Set.of("c")), 0);
        a.update(List.of(Set.of()), 1_000);
        a.update(List.of(Set.of()), 12_000);
        assertEquals(Set.of("c"), a.gone(12_000));
        assertEquals(Set.of(), a.gone(18_000), "no update for more than half the grace period");
        assertTrue(a.alive("c", 18_000));
    }
}
