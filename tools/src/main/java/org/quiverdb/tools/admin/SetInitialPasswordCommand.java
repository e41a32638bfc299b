package org.quiverdb.tools.admin;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.kernel.api.EmbeddedDatabases;
import org.quiverdb.kernel.api.KernelSettings;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.session.api.NativeSecurity;
import org.quiverdb.session.api.SecuritySettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quiver-admin set-initial-password PASSWORD [--require-password-change]}: sets the {@code
 * neo4j} user's password in the {@code system} database of a home before its first start, so a
 * deployment never runs with the default password. The store lock makes it fail, naming the
 * folder, while a server has the home open. Confined to the main thread.
 */
@Command(
        name = "set-initial-password",
        mixinStandardHelpOptions = true,
        description = "Set the password of the neo4j user before the first start.")
final class SetInitialPasswordCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PASSWORD", description = "The password (at least 8 characters).")
    String password;

    @Option(
            names = "--require-password-change",
            description = "Make the neo4j user change this password at first login.")
    boolean requirePasswordChange;

    @Option(
            names = "--home",
            paramLabel = "DIR",
            description = "The Quiver home. Default: $QUIVER_HOME or the distribution folder.")
    Path home;

    @Option(
            names = "--data-directory",
            paramLabel = "DIR",
            description = "The data folder. Default: data/ in the home.")
    Path data;

    private final Clock clock;

    SetInitialPasswordCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        Path dataDirectory = dataDirectory();
        try (Databases databases =
                EmbeddedDatabases.open(dataDirectory, KernelSettings.defaults().withClock(clock))) {
            NativeSecurity.open(databases, SecuritySettings.defaults(true), clock, new SecureRandom())
                    .setInitialPassword(password, requirePasswordChange);
        } catch (QuiverException e) {
            spec.commandLine().getErr().println("set-initial-password failed: " + e.getMessage());
            return 1;
        }
        spec.commandLine()
                .getOut()
                .println("Changed password for user 'neo4j'."
                        + (requirePasswordChange ? " It must be changed at first login." : ""));
        return 0;
    }

    private Path dataDirectory() {
        if (data != null) {
            return data;
        }
        Path root = home;
        if (root == null) {
            String env = System.getenv("QUIVER_HOME");
            String dist = System.getProperty("quiver.dist");
            root = Path.of(env != null && !env.isBlank() ? env : dist != null ? dist : ".");
        }
        return root.resolve("data");
    }
}
