package org.quiverdb.session.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.quiverdb.cypher.api.CypherEngine;
import org.quiverdb.cypher.api.Notification;
import org.quiverdb.cypher.api.QueryExecution;
import org.quiverdb.cypher.api.QueryStatistics;
import org.quiverdb.cypher.api.QueryType;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.NodeValue;
import org.quiverdb.values.value.PathValue;
import org.quiverdb.values.value.RelationshipValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/**
 * A Cypher engine fake that understands a tiny command language, enough to drive sessions and
 * protocols through every path:
 *
 * <pre>
 * RETURN k        one column "k", one row [k]
 * ROWS n          column "i", rows 0 .. n-1, computed lazily
 * ECHO            one column per parameter, one row holding the parameters
 * CREATE          writes once (the commit advances the bookmark), stats nodes-created 1, no rows
 * COUNT           column "last", one row: the database's last committed transaction id
 * GRAPH           columns n, r, p: a node, a relationship and a one-hop path
 * NOTIFY          one row, with a performance notification at offset 0
 * FAIL STATUS     fails when executed with the named {@link Status}
 * FAILAT k        k rows, then fails with an arithmetic error
 * BLOCK           column "x"; the first row blocks until the transaction is terminated
 * FLAKY k         the first k FLAKY statements of this engine fail with DeadlockDetected; then RETURN 1
 * anything else   a syntax error
 * </pre>
 *
 * Thread-safe; the FLAKY counter is its only state.
 */
public final class ScriptedEngine implements CypherEngine {
    private final AtomicLong flaky = new AtomicLong();

    @Override
    public QueryExecution execute(KernelTransaction transaction, String query, MapValue parameters) {
        FakeTransaction tx = FakeTransaction.of(transaction);
        tx.checkTerminated();
        String[] words = query.trim().split("\\s+");
        String command = words[0].toUpperCase(Locale.ROOT);
        return switch (command) {
            case "RETURN" -> {
                long k = number(words, query);
                yield new Execution(List.of(words[1]), QueryType.READ_ONLY, rows(tx, 1, i -> IntegerValue.of(k)));
            }
            case "ROWS" -> {
                long n = number(words, query);
                yield new Execution(List.of("i"), QueryType.READ_ONLY, rows(tx, n, IntegerValue::of));
            }
            case "ECHO" -> {
                List<String> keys = List.copyOf(parameters.map().keySet());
                Value[] echo = parameters.map().values().toArray(new Value[0]);
                yield new Execution(keys, QueryType.READ_ONLY, once(tx, echo));
            }
            case "CREATE" -> {
                tx.write();
                Execution created = new Execution(List.of(), QueryType.WRITE, () -> null);
                created.statistics = new QueryStatistics(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
                yield created;
            }
            case "COUNT" -> {
                Value last = IntegerValue.of(tx.database().lastCommittedTransactionId());
                yield new Execution(List.of("last"), QueryType.READ_ONLY, once(tx, new Value[] {last}));
            }
            case "GRAPH" -> {
                yield new Execution(List.of("n", "r", "p"), QueryType.READ_ONLY, once(tx, graphRow()));
            }
            case "NOTIFY" -> {
                Execution notified =
                        new Execution(List.of("x"), QueryType.READ_ONLY, once(tx, new Value[] {IntegerValue.of(1)}));
                notified.notifications = List.of(new Notification(
                        "Neo.ClientNotification.Statement.CartesianProduct",
                        "This query builds a cartesian product between disconnected patterns.",
                        "cartesian product",
                        "INFORMATION",
                        0,
                        1,
                        1));
                yield notified;
            }
            case "FAIL" -> {
                throw new QuiverException(Status.valueOf(words[1]), "scripted failure: " + query);
            }
            case "FAILAT" -> {
                long at = number(words, query);
                yield new Execution(List.of("i"), QueryType.READ_ONLY, rows(tx, at + 1, i -> {
                    if (i == at) {
                        throw new QuiverException(Status.STATEMENT_ARITHMETIC_ERROR, "/ by zero");
                    }
                    return IntegerValue.of(i);
                }));
            }
            case "FLAKY" -> {
                long failures = number(words, query);
                if (flaky.incrementAndGet() <= failures) {
                    throw new QuiverException(Status.TRANSIENT_DEADLOCK_DETECTED, "scripted deadlock");
                }
                yield new Execution(List.of("1"), QueryType.READ_ONLY, rows(tx, 1, i -> IntegerValue.of(1)));
            }
            case "BLOCK" -> {
                yield new Execution(List.of("x"), QueryType.READ_ONLY, () -> {
                    tx.awaitTermination();
                    return null;
                });
            }
            default -> {
                throw new QuiverException(
                        Status.STATEMENT_SYNTAX_ERROR,
                        "Invalid input '" + words[0] + "' (line 1, column 1 (offset: 0))");
            }
        };
    }

    private static long number(String[] words, String query) {
        if (words.length < 2) {
            throw new QuiverException(Status.STATEMENT_SYNTAX_ERROR, "missing number: " + query);
        }
        try {
            return Long.parseLong(words[1]);
        } catch (NumberFormatException e) {
            throw new QuiverException(Status.STATEMENT_SYNTAX_ERROR, "not a number: " + query);
        }
    }

    /** Lazily computed rows: row i is produced only when pulled. */
    private static Supplier<Value[]> rows(FakeTransaction tx, long count, LongFunction<Value> cell) {
        long[] next = {0};
        return () -> {
            tx.checkTerminated();
            if (next[0] >= count) {
                return null;
            }
            return new Value[] {cell.apply(next[0]++)};
        };
    }

    private static Supplier<Value[]> once(FakeTransaction tx, Value[] row) {
        boolean[] done = {false};
        return () -> {
            tx.checkTerminated();
            if (done[0]) {
                return null;
            }
            done[0] = true;
            return row.clone();
        };
    }

    /** (a:Person {name:'Ann'})-[:KNOWS {since: 1999}]->(b:Person {name:'Bob'}). */
    public static Value[] graphRow() {
        NodeValue a =
                new NodeValue(1, "4:db:1", List.of("Person"), new MapValue(Map.of("name", StringValue.of("Ann"))));
        NodeValue b =
                new NodeValue(2, "4:db:2", List.of("Person"), new MapValue(Map.of("name", StringValue.of("Bob"))));
        RelationshipValue r = new RelationshipValue(
                7, "5:db:7", 1, "4:db:1", 2, "4:db:2", "KNOWS", new MapValue(Map.of("since", IntegerValue.of(1999))));
        return new Value[] {a, r, new PathValue(List.of(a, b), List.of(r))};
    }

    /** A lazily produced result. */
    private static final class Execution implements QueryExecution {
        private final List<String> fields;
        private final QueryType type;
        private final Supplier<Value[]> rows;
        private QueryStatistics statistics = QueryStatistics.EMPTY;
        private List<Notification> notifications = new ArrayList<>();
        private boolean closed;

        Execution(List<String> fields, QueryType type, Supplier<Value[]> rows) {
            this.fields = fields;
            this.type = type;
            this.rows = rows;
        }

        @Override
        public List<String> fieldNames() {
            return fields;
        }

        @Override
        public Value[] next() {
            return closed ? null : rows.get();
        }

        @Override
        public QueryStatistics statistics() {
            return statistics;
        }

        @Override
        public QueryType queryType() {
            return type;
        }

        @Override
        public List<Notification> notifications() {
            return notifications;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
