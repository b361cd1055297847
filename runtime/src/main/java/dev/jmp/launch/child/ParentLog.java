package dev.jmp.launch.child;

import dev.jmp.base.LogForwarder;
import dev.jmp.link.ControlClient;
import dev.jmp.link.LogRecord;
import java.io.IOException;
import java.lang.System.Logger.Level;

/**
 * Sends the records this child logs to its parent as {@link LogRecord}s, from the moment the
 * parent gave it its assignment until its channel closes; the parent logs them. A record the
 * parent cannot take (its channel closed or broken) is logged by the child, on its own stderr.
 */
final class ParentLog implements LogForwarder {

    private final ControlClient client;

    ParentLog(ControlClient client) {
        this.client = client;
    }

    @Override
    public boolean forward(String logger, Level level, String message, String thrown) {
        if (client.isClosed()) {
            return false;
        }
        try {
            client.send(new LogRecord(logger, level, message, thrown));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
