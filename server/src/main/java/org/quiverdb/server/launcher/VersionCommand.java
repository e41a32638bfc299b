package org.quiverdb.server.launcher;

import org.quiverdb.server.lifecycle.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** {@code quiver version}: prints the version of this build. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Prints the version.")
final class VersionCommand extends LauncherCommand {
    @Override
    public Integer call() {
        out().println("quiver " + Version.current());
        out().flush();
        return 0;
    }

    /** The same text for {@code quiver --version}. */
    static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"quiver " + Version.current()};
        }
    }
}
