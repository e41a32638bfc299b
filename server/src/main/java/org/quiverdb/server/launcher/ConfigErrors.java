package org.quiverdb.server.launcher;

import java.io.PrintWriter;
import org.quiverdb.server.config.ConfigException;
import org.quiverdb.server.config.QuiverHome;

/** How every command reports an unusable configuration: a headline, then one problem per line. */
final class ConfigErrors {
    private ConfigErrors() {}

    static void print(ConfigException e, QuiverHome home, PrintWriter err) {
        err.println("Quiver cannot start: invalid configuration in "
                + home.confFile().map(Object::toString).orElse("--set options (no conf file in " + home.root() + ")"));
        e.problems().forEach(p -> err.println("  " + p));
        err.flush();
    }
}
