package org.quiverdb.bench.side;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The runner's command line. Immutable.
 *
 * @param dist the Quiver distribution folder (holding bin/quiver)
 * @param neo4jPom bench/neo4j/pom.xml, naming Neo4j's classpath
 * @param out where report.json, report.md and ratios.png go
 * @param jfr where Flight Recordings go, when asked for ({@code --jfr true})
 */
record Arguments(Profile profile, Path dist, Path neo4jPom, Path out, long seed, Optional<Path> jfr) {

    /** Parses {@code --profile P --dist DIR --neo4j-pom FILE --out DIR [--seed N]}. */
    static Arguments parse(String[] args) {
        Profile profile = Profile.SMALL;
        Path dist = Path.of("dist/target/quiver");
        Path neo4jPom = Path.of("bench/neo4j/pom.xml");
        Path out = Path.of("bench/target/side-by-side");
        long seed = 42;
        boolean jfr = false;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[i] + ": no value (expected: a value after it)");
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--profile" -> profile = Profile.named(value);
                case "--dist" -> dist = Path.of(value);
                case "--neo4j-pom" -> neo4jPom = Path.of(value);
                case "--out" -> out = Path.of(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--jfr" -> jfr = Boolean.parseBoolean(value);
                default ->
                    throw new IllegalArgumentException("option: '" + args[i]
                            + "' (expected: --profile, --dist, --neo4j-pom, --out, --seed or --jfr)");
            }
        }
        Path outDir = out.toAbsolutePath();
        return new Arguments(
                profile,
                dist.toAbsolutePath(),
                neo4jPom.toAbsolutePath(),
                outDir,
                seed,
                jfr ? Optional.of(outDir) : Optional.empty());
    }
}
