package org.quiverdb.server.launcher;

import java.time.Duration;
import org.quiverdb.server.config.Config;
import org.quiverdb.server.config.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code quiver start}: starts the server in the background and returns once it listens. */
@Command(
        name = "start",
        mixinStandardHelpOptions = true,
        description = "Starts the server in the background; returns once every enabled listener accepts connections.")
final class StartCommand extends LauncherCommand {
    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "120",
            description = "How long to wait for the server to be ready (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() throws InterruptedException {
        return start(this, Duration.ofSeconds(timeoutSeconds));
    }

    static int start(LauncherCommand command, Duration timeout) throws InterruptedException {
        HomeOptions options = command.options();
        Config config;
        try {
            config = options.config(command.context());
        } catch (ConfigException e) {
            ConfigErrors.print(e, options.home(command.context()), command.err());
            return 1;
        }
        return new BackgroundServer(command.context(), command.out(), command.err()).start(options, config, timeout);
    }
}
