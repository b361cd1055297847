package dev.jmp.internal;

/**
 * What {@link SharedObjects} writes and reads as a handle: {@code dev.jmp.sync.ProcessShareable}
 * and the runtime's own shared structures. A handle read from another process names a class,
 * and only a class of this type is ever loaded and initialized for it.
 */
public interface Attachable {
}
