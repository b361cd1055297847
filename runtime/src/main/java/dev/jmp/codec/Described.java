package dev.jmp.codec;

import dev.jmp.internal.WireOutput;

/**
 * A built-in codec that can write down how to recreate it, for {@link CodecHandles}: a kind,
 * then whatever that kind needs (a class name, an element codec).
 */
interface Described {

    void describe(WireOutput out);
}
