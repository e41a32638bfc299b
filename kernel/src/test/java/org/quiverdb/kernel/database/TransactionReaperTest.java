package org.quiverdb.kernel.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiverdb.kernel.api.GraphDatabase;
import org.quiverdb.kernel.api.KernelSettings;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.kernel.api.LongIterator;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.kernel.api.TransactionConfig;
import org.quiverdb.kernel.tx.GraphTransaction;
import org.quiverdb.storage.api.Storage;

class TransactionReaperTest {
    private final TestClock clock = new TestClock();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final LocalDatabases databases = new LocalDatabases(
            KernelSettings.defaults().withClock(clock).withTransactionTimeout(Duration.ofSeconds(1)),
            name -> Storage.inMemory(clock),
            scheduler);
    private final GraphDatabase db = databases.database("neo4j");

    @AfterEach
    void close() throws InterruptedException {
        databases.close();
        scheduler.shutdownNow();
        assertThat(scheduler.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    private void commitOneNode() {
        try (KernelTransaction writer = db.begin(TransactionConfig.DEFAULT)) {
            writer.createNode(new int[0]);
            writer.commit();
        }
    }

    private static void assertTimedOut(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(QuiverException.class, e -> assertThat(e.status())
                .isEqualTo(Status.TRANSACTION_TIMED_OUT));
    }

    @Test
    void idleOverdueTransactionIsTimedOutAndItsSnapshotReleased() {
        commitOneNode();
        KernelTransaction idle = db.begin(TransactionConfig.DEFAULT);
        LongIterator pending = idle.allNodes();
        clock.advance(Duration.ofSeconds(2));

        assertThat(databases.reapExpiredTransactions()).isEqualTo(1);

        // The iterator reads the snapshot directly: it fails only because the snapshot is gone.
        assertTimedOut(pending::hasNext);
        assertTimedOut(() -> idle.createNode(new int[0]));
        idle.close();
        assertThat(db.openTransactions()).isEmpty();
    }

    @Test
    void transactionWithinItsDeadlineIsLeftAlone() {
        KernelTransaction tx = db.begin(TransactionConfig.DEFAULT);
        clock.advance(Duration.ofMillis(500));

        assertThat(databases.reapExpiredTransactions()).isZero();

        tx.createNode(new int[0]);
        tx.commit();
    }

    @Test
    void transactionsOwnLongerTimeoutOverridesTheDefault() {
        TransactionConfig config = new TransactionConfig(
                Duration.ofDays(3650), TransactionConfig.DEFAULT.metadata(), TransactionConfig.DEFAULT.accessMode());
        KernelTransaction tx = db.begin(config);
        clock.advance(Duration.ofDays(1));

        assertThat(databases.reapExpiredTransactions()).isZero();
        tx.close();
    }

    @Test
    void scheduledReaperTimesOutAnIdleTransactionWithoutAnyCallFromItsOwner() {
        GraphTransaction idle = (GraphTransaction) db.begin(TransactionConfig.DEFAULT);
        clock.advance(Duration.ofSeconds(2));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (idle.terminationReason() == null && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }

        assertThat(idle.terminationReason()).isEqualTo(Status.TRANSACTION_TIMED_OUT);
        idle.close();
    }

    /** A clock tests move by hand; read by the reaper thread, hence volatile. */
    private static final class TestClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
