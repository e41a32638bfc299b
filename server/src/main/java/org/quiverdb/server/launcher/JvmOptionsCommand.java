package org.quiverdb.server.launcher;

import org.quiverdb.server.config.ConfigException;
import picocli.CommandLine.Command;

/**
 * {@code quiver jvm-options} (hidden): prints the server JVM's options from the configuration, one
 * per line, for {@code bin/quiver} to start the foreground server with. Exits 1, printing the
 * configuration problems, when the configuration is invalid.
 */
@Command(name = "jvm-options", hidden = true, description = "Prints the server JVM's options, one per line.")
final class JvmOptionsCommand extends LauncherCommand {
    @Override
    public Integer call() {
        try {
            JvmOptions.of(options().config(context())).forEach(out()::println);
            out().flush();
            return 0;
        } catch (ConfigException e) {
            ConfigErrors.print(e, options().home(context()), err());
            return 1;
        }
    }
}
