package org.quiverdb.server.lifecycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user-facing log: what an operator needs (version, folders, every address listened on,
 * startup problems). Goes to {@code logs/quiver.log}, to the console in console mode, and, like
 * every logger, to {@code logs/debug.log}. Stateless.
 */
public final class UserLog {
    /** The logger name {@link LogConfiguration} routes to quiver.log. */
    public static final String NAME = "quiver";

    private static final Logger LOG = LoggerFactory.getLogger(NAME);

    private UserLog() {}

    public static Logger get() {
        return LOG;
    }
}
