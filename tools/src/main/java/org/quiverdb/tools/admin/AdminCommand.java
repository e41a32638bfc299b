package org.quiverdb.tools.admin;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code quiver-admin}: {@code set-initial-password} is available; {@code --help} and a bare
 * invocation also list the ones planned, each marked as coming, and a bare invocation exits
 * non-zero so no script mistakes it for work done. Confined to the main thread.
 */
@Command(
        name = "quiver-admin",
        mixinStandardHelpOptions = true,
        versionProvider = AdminCommand.Version.class,
        description = {
            "Offline administration of a Quiver home.",
            "",
            "Coming in a later version:",
            "  import                 bulk-load CSV files into a new database",
            "  dump, load             write a database to an archive and read it back",
            "  backup, restore        copy a running database and restore it",
            "  check                  check a database's consistency"
        })
public final class AdminCommand implements Callable<Integer> {
    /** The subcommands planned, in the order the help lists them. */
    static final List<String> COMING = List.of("import", "dump", "load", "backup", "restore", "check");

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(Clock.systemUTC()).execute(args));
    }

    /** The command with its available subcommands, reading time from {@code clock}. */
    static CommandLine commandLine(Clock clock) {
        return new CommandLine(new AdminCommand()).addSubcommand(new SetInitialPasswordCommand(clock));
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 1;
    }

    /** The version of the build, from the jar manifest when packaged. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = AdminCommand.class.getPackage().getImplementationVersion();
            return new String[] {"quiver-admin " + (v == null ? "(development build)" : v)};
        }
    }
}
