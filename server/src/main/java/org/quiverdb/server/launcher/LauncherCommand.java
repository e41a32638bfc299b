package org.quiverdb.server.launcher;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every {@code quiver} subcommand shares: the home options (merged with those given before
 * the subcommand), the launch context, and the terminal to write to. Confined to the main thread.
 */
abstract class LauncherCommand implements Callable<Integer> {
    @Mixin
    HomeOptions ownOptions = new HomeOptions();

    @ParentCommand
    QuiverCommand parent;

    @Spec
    CommandSpec spec;

    HomeOptions options() {
        return ownOptions.after(parent.options);
    }

    LaunchContext context() {
        return parent.context();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
