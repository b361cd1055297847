package dev.jmp.link;

import dev.jmp.base.KernelRandom;
import java.util.HexFormat;

/** One-time tokens that prove a child is the one its parent started: 192 bits from the kernel's generator. */
final class Tokens {

    private static final int BYTES = 24;

    private Tokens() {}

    static String next() {
        return HexFormat.of().formatHex(KernelRandom.bytes(BYTES));
    }
}
