package org.quiverdb.server.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quiverdb.server.config.Config;
import org.quiverdb.server.config.ConfigLoader;
import org.quiverdb.server.config.QuiverHome;
import picocli.CommandLine.Option;

/**
 * The options every {@code quiver} command takes: which home, and settings that override its
 * conf file. Accepted before or after the subcommand; given both ways, the subcommand's home
 * wins and its {@code --set}s come last (so they win too). Confined to the command's thread.
 */
final class HomeOptions {
    static final String HOME_ENV = "QUIVER_HOME";

    @Option(
            names = "--home",
            paramLabel = "DIR",
            description =
                    "The Quiver home (conf/, data/, logs/, run/). Default: $QUIVER_HOME or the distribution folder.")
    Path home;

    @Option(
            names = "--set",
            paramLabel = "KEY=VALUE",
            description = "Overrides a setting of conf/quiver.conf; repeatable, the last one for a key wins.")
    List<String> sets = new ArrayList<>();

    /** These options after {@code outer}'s: own home if given, outer's sets then own. */
    HomeOptions after(HomeOptions outer) {
        HomeOptions merged = new HomeOptions();
        merged.home = home != null ? home : outer.home;
        merged.sets = new ArrayList<>(outer.sets);
        merged.sets.addAll(sets);
        return merged;
    }

    QuiverHome home(LaunchContext context) {
        if (home != null) {
            return new QuiverHome(home);
        }
        String env = context.env().get(HOME_ENV);
        if (env != null && !env.isBlank()) {
            return new QuiverHome(Path.of(env));
        }
        return new QuiverHome(context.distribution().orElse(Path.of("")));
    }

    /** Loads the home's conf file (if any) with the overrides; throws ConfigException. */
    Config config(LaunchContext context) {
        return new ConfigLoader(context.env()).load(home(context).confFile(), sets);
    }

    /** The options to hand to a server started in another JVM. */
    List<String> asArguments(QuiverHome resolvedHome) {
        List<String> args =
                new ArrayList<>(List.of("--home", resolvedHome.root().toString()));
        for (String s : sets) {
            args.add("--set");
            args.add(s);
        }
        return args;
    }
}
