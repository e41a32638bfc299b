package org.quiverdb.server.launcher;

import picocli.CommandLine.Command;

/** {@code quiver console}: runs the server in the foreground until Ctrl-C or SIGTERM. */
@Command(name = "console", mixinStandardHelpOptions = true, description = "Runs the server in the foreground.")
final class ConsoleCommand extends LauncherCommand {
    @Override
    public Integer call() {
        return new ForegroundServer(context(), options(), err()).run();
    }
}
