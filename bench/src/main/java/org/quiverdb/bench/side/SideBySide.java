package org.quiverdb.bench.side;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.Neo4jException;
import org.quiverdb.bench.SuppressForbidden;
import org.quiverdb.bench.side.Samples.Stats;

/**
 * The side-by-side runner's entry point: starts both servers with the same {@link JvmFlags},
 * loads the same {@link Dataset} into each through Bolt, runs every {@link Workloads workload} in
 * alternating rounds (Quiver first in even rounds, Neo4j first in odd ones, after one unmeasured
 * warm-up round each), and writes {@code report.json}, {@code report.md} and {@code ratios.png}.
 * Arguments: {@code --profile tiny|small|medium --dist DIR --neo4j-pom FILE --out DIR [--seed N]
 * [--jfr true]} (Flight Recordings of both servers into the output folder).
 * Confined to the main thread (session threads live in {@link RoundExecutor}).
 */
@SuppressForbidden
public final class SideBySide {
    private final Profile profile;
    private final long seed;
    private final Path out;
    private final Optional<Path> jfr;

    private SideBySide(Profile profile, long seed, Path out, Optional<Path> jfr) {
        this.profile = profile;
        this.seed = seed;
        this.out = out;
        this.jfr = jfr;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Arguments arguments = Arguments.parse(args);
        RunReport report = run(arguments);
        System.out.print(MarkdownReport.render(report));
        System.out.println("written: " + arguments.out().resolve("report.json") + ", report.md, ratios.png");
    }

    /** Runs the whole comparison and writes the three report files into {@code arguments.out()}. */
    static RunReport run(Arguments arguments) throws Exception {
        Files.createDirectories(arguments.out());
        RunReport report = new SideBySide(arguments.profile(), arguments.seed(), arguments.out(), arguments.jfr())
                .compare(arguments.dist(), arguments.neo4jPom());
        JsonReport.write(report, arguments.out().resolve("report.json"));
        MarkdownReport.write(report, arguments.out().resolve("report.md"));
        RatioChart.write(report, arguments.out().resolve("ratios.png"));
        return report;
    }

    private RunReport compare(Path dist, Path neo4jPom) throws Exception {
        JvmFlags flags = new JvmFlags(profile.heap(), jfr);
        String machine = machine();
        Dataset dataset = new Dataset(profile.nodes(), profile.relationships(), seed);
        Path work = Files.createTempDirectory(out, "servers-");
        ExecutorService threads = Executors.newCachedThreadPool();
        try (QuiverServer quiver = QuiverServer.start(dist, work, flags);
                Neo4jServer neo4j = Neo4jServer.start(neo4jPom, work, flags);
                Driver quiverDriver = driver(quiver);
                Driver neo4jDriver = driver(neo4j)) {
            List<EngineLoad> loads = new ArrayList<>();
            Map<String, long[]> ids = new LinkedHashMap<>();
            loads.add(load(quiver, quiverDriver, dataset, work, ids));
            loads.add(load(neo4j, neo4jDriver, dataset, work, ids));
            Map<String, Driver> drivers = new LinkedHashMap<>();
            drivers.put(quiver.engine(), quiverDriver);
            drivers.put(neo4j.engine(), neo4jDriver);
            List<WorkloadOutcome> outcomes = new ArrayList<>();
            RoundExecutor executor = new RoundExecutor(threads);
            for (Workload workload : Workloads.all(profile)) {
                System.out.println("workload " + workload.name());
                outcomes.add(measure(executor, workload, drivers, ids));
            }
            String jvm = String.join(" ", flags.options("<engine>"));
            return new RunReport(
                    profile.name(), profile.nodes(), profile.relationships(), jvm, machine, loads, outcomes);
        } finally {
            threads.shutdownNow();
        }
    }

    private static Driver driver(ServerProcess server) {
        Config config = Config.builder()
                .withoutEncryption()
                .withMaxConnectionPoolSize(32)
                .withConnectionAcquisitionTimeout(2, java.util.concurrent.TimeUnit.MINUTES)
                .build();
        Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none(), config);
        driver.verifyConnectivity();
        return driver;
    }

    private EngineLoad load(ServerProcess server, Driver driver, Dataset dataset, Path work, Map<String, long[]> ids)
            throws IOException {
        long before = HeapProbe.usedAfterGc(server.pid(), work);
        long start = System.nanoTime();
        ids.put(server.engine(), dataset.load(driver));
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = HeapProbe.usedAfterGc(server.pid(), work);
        double perEntity = (after - before) / (double) (dataset.nodes() + dataset.relationships());
        System.out.printf(
                Locale.ROOT, "%s: loaded in %.1f s, heap %d -> %d bytes%n", server.engine(), seconds, before, after);
        return new EngineLoad(server.engine(), seconds, before, after, perEntity, diskBytes(server.dataDirectory()));
    }

    private WorkloadOutcome measure(
            RoundExecutor executor, Workload workload, Map<String, Driver> drivers, Map<String, long[]> ids) {
        Map<String, Samples> samples = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> engines = new ArrayList<>(drivers.keySet());
        for (int round = -1; round < profile.rounds(); round++) {
            for (int i = 0; i < engines.size(); i++) {
                // Even rounds run Quiver first, odd rounds Neo4j first: drift falls on both.
                String engine = engines.get(Math.floorMod(round, 2) == 0 ? i : engines.size() - 1 - i);
                if (errors.containsKey(engine)) {
                    continue;
                }
                boolean warmUp = round < 0;
                Samples target = warmUp ? new Samples() : samples.computeIfAbsent(engine, e -> new Samples());
                try {
                    executor.run(
                            drivers.get(engine),
                            workload,
                            ids.get(engine),
                            seed + round,
                            profile.round(warmUp),
                            target);
                } catch (Exception e) {
                    errors.put(engine, describe(e));
                    samples.remove(engine);
                    continue;
                }
                double slowest = warmUp ? target.stats().maxMicros() / 1e6 : 0;
                if (slowest > profile.operationLimit().toSeconds()) {
                    errors.put(
                            engine,
                            String.format(
                                    Locale.ROOT,
                                    "too slow: an operation took %.1f s (limit: %d s)",
                                    slowest,
                                    profile.operationLimit().toSeconds()));
                }
            }
        }
        Map<String, Stats> stats = new LinkedHashMap<>();
        samples.forEach((engine, s) -> stats.put(engine, s.stats()));
        return new WorkloadOutcome(
                workload.name(), workload.kind(), workload.description(), workload.concurrency(), stats, errors);
    }

    private static long diskBytes(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        }
    }

    private static String describe(Exception e) {
        if (e instanceof Neo4jException neo4j) {
            return neo4j.code() + ": " + e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static String machine() {
        return String.format(
                Locale.ROOT,
                "%d processors, load average %.2f",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
