package org.quiverdb.server.launcher;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code quiver}: with no subcommand it runs the server in the foreground, like {@code quiver
 * console}. Holds the {@link LaunchContext} its subcommands reach through {@code @ParentCommand}.
 */
@Command(
        name = "quiver",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class,
        description = "Runs and controls a Quiver server. Without a command: console.",
        subcommands = {
            ConsoleCommand.class,
            StartCommand.class,
            StopCommand.class,
            RestartCommand.class,
            StatusCommand.class,
            VersionCommand.class,
            JvmOptionsCommand.class
        })
final class QuiverCommand implements Callable<Integer> {
    /** Exit code of {@code status} when no server is running (as LSB init scripts use it). */
    static final int NOT_RUNNING = 3;

    @Mixin
    HomeOptions options = new HomeOptions();

    @Spec
    CommandSpec spec;

    private final LaunchContext context;

    QuiverCommand(LaunchContext context) {
        this.context = context;
    }

    static CommandLine commandLine(LaunchContext context) {
        return new CommandLine(new QuiverCommand(context));
    }

    LaunchContext context() {
        return context;
    }

    @Override
    public Integer call() {
        return new ForegroundServer(context, options, spec.commandLine().getErr()).run();
    }
}
