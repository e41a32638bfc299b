package org.quiverdb.server.lifecycle;

import java.net.BindException;
import java.net.UnknownHostException;
import org.quiverdb.server.config.HostPort;
import org.quiverdb.server.config.Setting;

/**
 * An address the server is configured to listen on, with the connector's name and the setting
 * that chose it, so that every bind failure can name both. Immutable.
 */
public record ListenerAddress(String connector, Setting setting, HostPort address) {
    /** This listener on {@code port} (the real port when the configured one was 0). */
    public ListenerAddress at(int port) {
        return new ListenerAddress(connector, setting, new HostPort(address.host(), port));
    }

    /** The error for a failure to bind this address, naming port, setting and cause. */
    public StartupException bindFailure(Throwable failure) {
        Throwable cause = rootCause(failure);
        String why;
        if (cause instanceof BindException) {
            why = "port " + address.port() + " is already in use or not allowed (" + cause.getMessage() + ")";
        } else if (cause instanceof UnknownHostException) {
            why = "host '" + address.host() + "' cannot be resolved";
        } else {
            why = String.valueOf(cause.getMessage());
        }
        return new StartupException(
                "the " + connector + " cannot listen on " + address + ": " + why + " (set by " + setting.key() + "="
                        + address + "; choose a free port or stop what uses it)",
                failure);
    }

    /** Whether {@code failure} (or its causes) says the address could not be bound. */
    public static boolean isBindFailure(Throwable failure) {
        Throwable c = rootCause(failure);
        return c instanceof BindException || c instanceof UnknownHostException;
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        for (int depth = 0; c.getCause() != null && c.getCause() != c && depth < 20; depth++) {
            c = c.getCause();
        }
        return c;
    }
}
