package org.quiverdb.server.launcher;

import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code quiver restart}: stop (if running), then start. */
@Command(
        name = "restart",
        mixinStandardHelpOptions = true,
        description = "Stops the server if running, then starts it.")
final class RestartCommand extends LauncherCommand {
    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "120",
            description = "How long to wait for each of stop and start (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() throws InterruptedException {
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        int stopped = new ServerStopper(out(), err()).stop(options().home(context()), timeout);
        return stopped != 0 ? stopped : StartCommand.start(this, timeout);
    }
}
