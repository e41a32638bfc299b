package org.quiverdb.server.launcher;

import java.util.List;
import java.util.Optional;
import org.quiverdb.server.config.QuiverHome;
import picocli.CommandLine.Command;

/** {@code quiver status}: whether the home's server runs (exit 0) or not (exit 3), and where it listens. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Says whether the server is running.")
final class StatusCommand extends LauncherCommand {
    @Override
    public Integer call() {
        QuiverHome home = options().home(context());
        RunFiles run = new RunFiles(home.run());
        Optional<ProcessHandle> process = run.liveProcess();
        if (process.isEmpty()) {
            out().println("Quiver is not running in " + home.root());
            out().flush();
            return QuiverCommand.NOT_RUNNING;
        }
        Optional<List<String>> ready = run.ready();
        out().println("Quiver is " + (ready.isPresent() ? "running" : "starting") + " in " + home.root() + " (pid "
                + process.get().pid() + ")");
        ready.ifPresent(lines -> lines.forEach(l -> out().println("  " + l)));
        out().flush();
        return 0;
    }
}
