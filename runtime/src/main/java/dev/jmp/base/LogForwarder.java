package dev.jmp.base;

import java.lang.System.Logger.Level;

/** Where a child sends the records it logs: its parent, over its control link ({@link JmpLog#forwardTo}). */
public interface LogForwarder {

    /**
     * Sends one record; returns false when it could not (the parent is gone), and the child
     * logs it itself.
     *
     * @param thrown the stack trace of the record's exception, as text, or null
     */
    boolean forward(String logger, Level level, String message, String thrown);
}
