package org.quiverdb.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiverdb.values.value.StringValue;

class DurableDatabasesTest {
    @TempDir
    Path data;

    @Test
    void eachDatabaseGetsItsOwnFolderAndDataSurvivesRestart() {
        long node;
        String elementId;
        try (Databases databases = EmbeddedDatabases.open(data, KernelSettings.defaults())) {
            try (KernelTransaction tx = databases.database("neo4j").begin(TransactionConfig.DEFAULT)) {
                node = tx.createNode(new int[] {tx.labelTokenOrCreate("Person")});
                tx.setNodeProperty(node, tx.propertyKeyTokenOrCreate("name"), StringValue.of("Grace"));
                elementId = tx.nodeElementId(node);
                tx.commit();
            }
        }
        assertThat(Files.isDirectory(data.resolve("databases/neo4j"))).isTrue();
        assertThat(Files.isDirectory(data.resolve("databases/system"))).isTrue();
        try (Databases databases = EmbeddedDatabases.open(data, KernelSettings.defaults());
                KernelTransaction tx = databases.database("neo4j").begin(TransactionConfig.DEFAULT)) {
            assertThat(tx.nodeProperty(node, tx.propertyKeyToken("name"))).isEqualTo(StringValue.of("Grace"));
            assertThat(tx.nodeElementId(node)).isEqualTo(elementId);
            assertThat(tx.countNodes(tx.labelToken("Person"))).isEqualTo(1);
        }
        try (Databases databases = EmbeddedDatabases.open(data, KernelSettings.defaults());
                KernelTransaction tx = databases.database("system").begin(TransactionConfig.DEFAULT)) {
            assertThat(tx.countNodes(KernelTransaction.NO_TOKEN)).isZero();
        }
    }
}
