package org.quiverdb.bolt.fsm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quiverdb.bolt.handshake.BoltVersion;
import org.quiverdb.cypher.api.Notification;
import org.quiverdb.cypher.api.QueryStatistics;
import org.quiverdb.session.api.ResultSummary;
import org.quiverdb.session.api.StatementResult;
import org.quiverdb.values.value.BooleanValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/**
 * The SUCCESS metadata of RUN and of a result's last PULL/DISCARD, per version: Bolt 1/2 name the
 * timings {@code result_available_after}/{@code result_consumed_after}, 3+ {@code t_first}/{@code
 * t_last}; 4.0+ adds {@code db} (and {@code qid} in explicit transactions); 4.4+ the {@code
 * contains-updates} flags; 5.6+ reports {@code statuses} instead of {@code notifications}.
 * Stateless.
 */
final class SummaryMetadata {
    private SummaryMetadata() {}

    static MapValue run(BoltVersion version, StatementResult result, long qid, String resolvedDatabase) {
        Map<String, Value> map = new LinkedHashMap<>();
        List<Value> fields = new ArrayList<>();
        result.fields().forEach(f -> fields.add(StringValue.of(f)));
        map.put("fields", new ListValue(fields));
        String timing = version.hasTransactionMessages() ? "t_first" : "result_available_after";
        map.put(timing, IntegerValue.of(result.timeToFirstMillis()));
        if (qid >= 0 && version.hasStreamingBatches()) {
            map.put("qid", IntegerValue.of(qid));
        }
        if (resolvedDatabase != null && version.atLeast(BoltVersion.V5_8)) {
            map.put("db", StringValue.of(resolvedDatabase));
        }
        return new MapValue(map);
    }

    static MapValue summary(BoltVersion version, ResultSummary summary, NotificationFilter filter) {
        List<Notification> notifications = filter.apply(summary.notifications(), SummaryMetadata::category);
        Map<String, Value> map = new LinkedHashMap<>();
        if (summary.bookmark() != null) {
            map.put("bookmark", StringValue.of(summary.bookmark()));
        }
        String timing = version.hasTransactionMessages() ? "t_last" : "result_consumed_after";
        map.put(timing, IntegerValue.of(summary.timeToLastMillis()));
        if (summary.queryType() != null) {
            map.put("type", StringValue.of(summary.queryType().code()));
        }
        MapValue stats = stats(version, summary.statistics());
        if (stats.size() > 0) {
            map.put("stats", stats);
        }
        if (!notifications.isEmpty()) {
            if (version.atLeast(BoltVersion.V5_6)) {
                map.put("statuses", statuses(notifications));
            } else {
                map.put("notifications", notifications(notifications));
            }
        }
        if (version.hasStreamingBatches() && summary.database() != null) {
            map.put("db", StringValue.of(summary.database()));
        }
        return new MapValue(map);
    }

    static MapValue stats(BoltVersion version, QueryStatistics s) {
        Map<String, Value> map = new LinkedHashMap<>();
        put(map, "nodes-created", s.nodesCreated());
        put(map, "nodes-deleted", s.nodesDeleted());
        put(map, "relationships-created", s.relationshipsCreated());
        put(map, "relationships-deleted", s.relationshipsDeleted());
        put(map, "properties-set", s.propertiesSet());
        put(map, "labels-added", s.labelsAdded());
        put(map, "labels-removed", s.labelsRemoved());
        put(map, "indexes-added", s.indexesAdded());
        put(map, "indexes-removed", s.indexesRemoved());
        put(map, "constraints-added", s.constraintsAdded());
        put(map, "constraints-removed", s.constraintsRemoved());
        put(map, "system-updates", s.systemUpdates());
        if (!map.isEmpty() && version.atLeast(BoltVersion.V4_4)) {
            if (s.containsUpdates()) {
                map.put("contains-updates", BooleanValue.TRUE);
            }
            if (s.containsSystemUpdates()) {
                map.put("contains-system-updates", BooleanValue.TRUE);
            }
        }
        return new MapValue(map);
    }

    private static void put(Map<String, Value> map, String key, long count) {
        if (count != 0) {
            map.put(key, IntegerValue.of(count));
        }
    }

    private static ListValue notifications(List<Notification> notifications) {
        List<Value> out = new ArrayList<>();
        for (Notification n : notifications) {
            Map<String, Value> map = new LinkedHashMap<>();
            map.put("code", StringValue.of(n.code()));
            map.put("title", StringValue.of(n.title()));
            map.put("description", StringValue.of(n.description()));
            map.put("severity", StringValue.of(n.severity()));
            map.put("category", StringValue.of(category(n)));
            if (n.offset() >= 0) {
                map.put("position", position(n));
            }
            out.add(new MapValue(map));
        }
        return new ListValue(out);
    }

    /** GQL status objects; Java drivers require gql_status and status_description in each. */
    private static ListValue statuses(List<Notification> notifications) {
        List<Value> out = new ArrayList<>();
        for (Notification n : notifications) {
            boolean warning = "WARNING".equals(n.severity());
            Map<String, Value> map = new LinkedHashMap<>();
            map.put("gql_status", StringValue.of(warning ? "01N00" : "03N00"));
            map.put("status_description", StringValue.of((warning ? "warn: " : "info: ") + n.description()));
            map.put("neo4j_code", StringValue.of(n.code()));
            map.put("title", StringValue.of(n.title()));
            map.put("description", StringValue.of(n.description()));
            Map<String, Value> diagnostics = new LinkedHashMap<>();
            diagnostics.put("OPERATION", StringValue.EMPTY);
            diagnostics.put("OPERATION_CODE", StringValue.of("0"));
            diagnostics.put("CURRENT_SCHEMA", StringValue.of("/"));
            diagnostics.put("_severity", StringValue.of(n.severity()));
            diagnostics.put("_classification", StringValue.of(category(n)));
            if (n.offset() >= 0) {
                diagnostics.put("_position", position(n));
            }
            map.put("diagnostic_record", new MapValue(diagnostics));
            out.add(new MapValue(map));
        }
        return new ListValue(out);
    }

    /** The category Neo4j files a notification code under: its third segment, upper-cased. */
    static String category(Notification n) {
        String code = n.code();
        int first = code.indexOf('.');
        int second = first < 0 ? -1 : code.indexOf('.', first + 1);
        int third = second < 0 ? -1 : code.indexOf('.', second + 1);
        return third < 0 ? "GENERIC" : code.substring(second + 1, third).toUpperCase(Locale.ROOT);
    }

    private static MapValue position(Notification n) {
        return new MapValue(Map.of(
                "offset", IntegerValue.of(n.offset()),
                "line", IntegerValue.of(n.line()),
                "column", IntegerValue.of(n.column())));
    }
}
