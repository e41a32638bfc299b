package org.quiverdb.kernel.database;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.kernel.api.EmbeddedDatabases;
import org.quiverdb.kernel.api.KernelSettings;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.kernel.api.LongIterator;
import org.quiverdb.kernel.api.TransactionConfig;
import org.quiverdb.values.value.IntegerValue;

/**
 * The child process of {@link KillCrashIT}: appends a chain of nodes (seq 0, 1, 2, ... each linked
 * to its predecessor), one transaction per link, printing {@code ACK <seq>} after each commit
 * returns, until it is killed.
 */
public final class CrashChild {
    private CrashChild() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Databases databases = EmbeddedDatabases.open(Path.of(args[0]), KernelSettings.defaults())) {
            var db = databases.database("neo4j");
            long previous = -1;
            long next = 0;
            try (KernelTransaction tx = db.begin(TransactionConfig.DEFAULT)) {
                int seq = tx.propertyKeyTokenOrCreate("seq");
                LongIterator nodes = tx.allNodes();
                while (nodes.hasNext()) {
                    long node = nodes.next();
                    long value = ((IntegerValue) tx.nodeProperty(node, seq)).value();
                    if (value >= next) {
                        next = value + 1;
                        previous = node;
                    }
                }
            }
            out.println("READY " + next);
            for (long i = next; ; i++) {
                try (KernelTransaction tx = db.begin(TransactionConfig.DEFAULT)) {
                    long node = tx.createNode(new int[] {tx.labelTokenOrCreate("Link")});
                    tx.setNodeProperty(node, tx.propertyKeyTokenOrCreate("seq"), IntegerValue.of(i));
                    if (previous >= 0) {
                        tx.createRelationship(node, tx.relationshipTypeTokenOrCreate("NEXT"), previous);
                    }
                    tx.commit();
                    previous = node;
                }
                out.println("ACK " + i);
            }
        }
    }
}
