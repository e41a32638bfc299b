package org.quiverdb.kernel.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiverdb.kernel.api.Direction;
import org.quiverdb.kernel.api.EmbeddedDatabases;
import org.quiverdb.kernel.api.KernelSettings;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.kernel.api.LongIterator;
import org.quiverdb.kernel.api.RelationshipCursor;
import org.quiverdb.kernel.api.TransactionConfig;
import org.quiverdb.values.value.IntegerValue;

/**
 * Kills a child JVM that commits in a loop with SIGKILL at random moments ({@code
 * quiver.crash.kills} times, 20 by default, 500 with {@code -Psoak}); after every kill the store
 * must hold every acknowledged transaction, nothing half-applied, and pass the consistency check.
 */
class KillCrashIT {
    @TempDir
    Path data;

    @Test
    void everyAcknowledgedCommitSurvivesSigkill() throws Exception {
        int kills = Integer.getInteger("quiver.crash.kills", 20);
        long seed = Long.getLong("quiver.seed", System.nanoTime());
        Random random = new Random(seed);
        long maxAcked = -1;
        for (int kill = 0; kill < kills; kill++) {
            String context = "kill " + kill + " (seed " + seed + ")";
            maxAcked = Math.max(maxAcked, runAndKill(random.nextInt(40) + 1, context));
            verify(maxAcked, context);
        }
        assertThat(maxAcked).isGreaterThan(kills);
    }

    /** Starts the child, kills it after {@code acks} acknowledgements; returns the last acknowledged seq. */
    private long runAndKill(int acks, String context) throws Exception {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                CrashChild.class.getName(),
                data.toString());
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread watchdog = new Thread(() -> {
            try {
                if (!child.waitFor(120, TimeUnit.SECONDS)) {
                    child.toHandle().destroyForcibly();
                }
            } catch (InterruptedException e) {
                child.toHandle().destroyForcibly();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        long lastAck = -1;
        List<String> output = new ArrayList<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            int seen = 0;
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                if (line.startsWith("ACK ")) {
                    lastAck = Long.parseLong(line.substring(4));
                    if (++seen == acks) {
                        // SIGKILL without closing our end of the pipe, so buffered lines still arrive.
                        child.toHandle().destroyForcibly();
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as(context).isTrue();
        }
        assertThat(lastAck).as(context + ": child output " + output).isGreaterThanOrEqualTo(0);
        return lastAck;
    }

    private void verify(long maxAcked, String context) {
        try (LocalDatabases databases = (LocalDatabases) EmbeddedDatabases.open(data, KernelSettings.defaults())) {
            assertThat(databases.engine("neo4j").checkConsistency()).as(context).isEmpty();
            try (KernelTransaction tx = databases.database("neo4j").begin(TransactionConfig.DEFAULT)) {
                int seq = tx.propertyKeyToken("seq");
                TreeMap<Long, Long> bySeq = new TreeMap<>();
                LongIterator nodes = tx.allNodes();
                while (nodes.hasNext()) {
                    long node = nodes.next();
                    long value = ((IntegerValue) tx.nodeProperty(node, seq)).value();
                    assertThat(bySeq.put(value, node))
                            .as(context + ": seq " + value + " twice")
                            .isNull();
                }
                assertThat(bySeq.lastKey()).as(context).isGreaterThanOrEqualTo(maxAcked);
                assertThat(bySeq.size()).as(context + ": gap in the chain").isEqualTo(bySeq.lastKey() + 1);
                bySeq.forEach((value, node) -> {
                    RelationshipCursor next = tx.relationships(node, Direction.OUTGOING, new int[0]);
                    if (value == 0) {
                        assertThat(next.next()).as(context).isFalse();
                    } else {
                        assertThat(next.next())
                                .as(context + ": seq " + value + " lost its link")
                                .isTrue();
                        assertThat(next.endNode()).as(context).isEqualTo(bySeq.get(value - 1));
                    }
                });
            }
        }
    }
}
