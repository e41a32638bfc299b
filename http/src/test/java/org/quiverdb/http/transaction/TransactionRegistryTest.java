package org.quiverdb.http.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.kernel.api.TransactionConfig;
import org.quiverdb.session.api.Session;
import org.quiverdb.session.api.StatementResult;
import org.quiverdb.values.value.MapValue;

class TransactionRegistryTest {
    private final StepClock clock = new StepClock();
    private final TransactionRegistry registry = new TransactionRegistry(clock, Duration.ofSeconds(60));

    @Test
    void aTransactionIsHeldByOneRequestAtATime() {
        OpenTransaction tx = registry.register(new RecordingSession(), "ann");

        assertThatThrownBy(() -> registry.acquire(tx.id(), "ann"))
                .isInstanceOfSatisfying(QuiverException.class, e -> assertThat(e.status())
                        .isEqualTo(Status.TRANSACTION_ACCESSED_CONCURRENTLY));
        registry.release(tx);
        assertThat(registry.acquire(tx.id(), "ann")).isSameAs(tx);
    }

    @Test
    void releaseRestartsTheIdleClock() {
        OpenTransaction tx = registry.register(new RecordingSession(), "ann");
        clock.now = clock.now.plusSeconds(50);

        assertThat(registry.release(tx)).isEqualTo(clock.now.plusSeconds(60));
        clock.now = clock.now.plusSeconds(50);
        assertThat(registry.expireIdle()).isZero();
    }

    @Test
    void idleTransactionsAreRolledBackAndForgotten() {
        RecordingSession session = new RecordingSession();
        OpenTransaction tx = registry.register(session, "ann");
        registry.release(tx);
        clock.now = clock.now.plusSeconds(61);

        assertThat(registry.expireIdle()).isEqualTo(1);
        assertThat(session.rolledBack).isTrue();
        assertThat(session.closed).isTrue();
        assertThat(registry.size()).isZero();
        assertThatThrownBy(() -> registry.acquire(tx.id(), "ann"))
                .isInstanceOfSatisfying(
                        QuiverException.class, e -> assertThat(e.status()).isEqualTo(Status.TRANSACTION_NOT_FOUND));
    }

    @Test
    void aTransactionInUseIsNotSweptEvenWhenPastItsExpiry() {
        OpenTransaction tx = registry.register(new RecordingSession(), "ann");
        clock.now = clock.now.plusSeconds(61);

        assertThat(registry.expireIdle()).isZero();
        assertThat(registry.size()).isEqualTo(1);
        registry.finish(tx);
    }

    @Test
    void anExpiredTransactionNamedByARequestIsNotFound() {
        RecordingSession session = new RecordingSession();
        OpenTransaction tx = registry.register(session, "ann");
        registry.release(tx);
        clock.now = clock.now.plusSeconds(61);

        assertThatThrownBy(() -> registry.acquire(tx.id(), "ann")).isInstanceOf(QuiverException.class);
        assertThat(session.rolledBack).isTrue();
    }

    @Test
    void finishIsIdempotent() {
        RecordingSession session = new RecordingSession();
        OpenTransaction tx = registry.register(session, "ann");

        registry.finish(tx);
        registry.finish(tx);

        assertThat(session.closeCount).isEqualTo(1);
    }

    private static final class StepClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
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

    /** A session in an explicit transaction that records how it ended. */
    private static final class RecordingSession implements Session {
        boolean rolledBack;
        boolean closed;
        int closeCount;
        private boolean open = true;

        @Override
        public String database() {
            return "neo4j";
        }

        @Override
        public StatementResult run(
                String query, MapValue parameters, TransactionConfig config, List<String> bookmarks) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void begin(TransactionConfig config, List<String> bookmarks) {
            open = true;
        }

        @Override
        public String commit() {
            open = false;
            return "QB1:neo4j:1";
        }

        @Override
        public void rollback() {
            rolledBack = true;
            open = false;
        }

        @Override
        public boolean inTransaction() {
            return open;
        }

        @Override
        public String lastBookmark() {
            return null;
        }

        @Override
        public void reset() {
            rollback();
        }

        @Override
        public void terminate() {}

        @Override
        public void close() {
            closed = true;
            closeCount++;
        }
    }

    @Test
    void anotherUsersTransactionIsNotFound() {
        OpenTransaction tx = registry.register(new RecordingSession(), "ann");
        registry.release(tx);

        assertThatThrownBy(() -> registry.acquire(tx.id(), "bob"))
                .isInstanceOfSatisfying(
                        QuiverException.class, e -> assertThat(e.status()).isEqualTo(Status.TRANSACTION_NOT_FOUND));
        assertThat(registry.acquire(tx.id(), "ann")).isSameAs(tx);
    }
}
