package org.quiverdb.server.launcher;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.Random;

/** The entry point of {@code bin/quiver}: parses the command line and exits with the command's code. */
public final class Main {
    /** Set by {@code bin/quiver} to the distribution folder, the default home. */
    static final String DIST_PROPERTY = "quiver.dist";

    private Main() {}

    public static void main(String[] args) {
        String dist = System.getProperty(DIST_PROPERTY);
        LaunchContext context = new LaunchContext(
                System.getenv(),
                Clock.systemUTC(),
                new Random(new SecureRandom().nextLong()),
                Optional.ofNullable(dist).map(Path::of),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("java.class.path"));
        System.exit(QuiverCommand.commandLine(context).execute(args));
    }
}
