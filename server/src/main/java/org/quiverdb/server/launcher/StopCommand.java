package org.quiverdb.server.launcher;

import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code quiver stop}: stops the home's server gracefully, escalating after a timeout. */
@Command(name = "stop", mixinStandardHelpOptions = true, description = "Stops the server gracefully.")
final class StopCommand extends LauncherCommand {
    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "120",
            description = "How long to wait for a graceful stop before killing (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() throws InterruptedException {
        return new ServerStopper(out(), err()).stop(options().home(context()), Duration.ofSeconds(timeoutSeconds));
    }
}
