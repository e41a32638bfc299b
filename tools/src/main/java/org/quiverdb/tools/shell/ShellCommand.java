package org.quiverdb.tools.shell;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code quiver-shell}. The interactive shell needs a Bolt client, which this version does not
 * include; the command says so (exit 1) and names what works today. Confined to the main thread.
 */
@Command(
        name = "quiver-shell",
        mixinStandardHelpOptions = true,
        version = "quiver-shell",
        description = {
            "The interactive Cypher shell (coming).",
            "",
            "This version has no shell yet. Until it does, Neo4j's cypher-shell connects to Quiver's",
            "Bolt port unchanged: cypher-shell -a neo4j://localhost:7687"
        })
public final class ShellCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ShellCommand()).execute(args));
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("quiver-shell is not available in this version yet.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return 1;
    }
}
