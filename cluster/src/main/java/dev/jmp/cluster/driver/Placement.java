package dev.jmp.cluster.driver;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Where a new worker or process goes: the usable member with the fewest of this driver's workers
 * and running processes for the worker JVMs it offers, ties going to the lower address, so that a
 * pool, or a program's processes, spread over the members before doubling up on any. Every member runs what it is sent, beyond what it offers if
 * the pools ask for more.
 */
final class Placement {

    private Placement() {}

    static Optional<MemberChannel> choose(Collection<MemberChannel> channels) {
        return channels.stream()
                .filter(MemberChannel::usable)
                .min(Comparator.comparingDouble((MemberChannel c) -> (c.placed() + 1.0) / c.capacity)
                        .thenComparing(c -> c.address));
    }
}
