package org.quiverdb.session.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.quiverdb.cypher.api.Procedure;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/**
 * The routing procedures drivers of the 3.x and 4.0-4.2 eras call to discover a cluster ({@code
 * neo4j://} and {@code bolt+routing://} URIs), answered for a single instance: this server is the
 * writer, reader and router. Newer drivers send Bolt's ROUTE message instead, which answers the
 * same table. Pass the list to {@code CypherEngines.create(clock, random, procedures)}.
 */
public final class RoutingProcedures {
    /** Seconds a driver may cache the table. */
    public static final long TTL_SECONDS = 300;

    private RoutingProcedures() {}

    /**
     * {@code dbms.routing.getRoutingTable(context, database)} and {@code
     * dbms.cluster.routing.getRoutingTable(context)}, both yielding {@code ttl, servers}. The address
     * is the routing context's {@code address} (what the client dialled) or else {@code advertised}.
     */
    public static List<Procedure> create(Supplier<String> advertised) {
        List<Procedure.Field> outputs =
                List.of(new Procedure.Field("ttl", "INTEGER?"), new Procedure.Field("servers", "LIST? OF MAP?"));
        Procedure.Field context = new Procedure.Field("context", "MAP?");
        return List.of(
                new Procedure(
                        "dbms.routing.getRoutingTable",
                        List.of(context, new Procedure.Field("database", "STRING?")),
                        outputs,
                        args -> List.<Value[]>of(row(args.get(0), advertised))),
                new Procedure(
                        "dbms.cluster.routing.getRoutingTable",
                        List.of(context),
                        outputs,
                        args -> List.<Value[]>of(row(args.get(0), advertised))));
    }

    /** The table as Bolt's ROUTE and the procedures report it: one server in every role. */
    public static ListValue servers(String address) {
        ListValue addresses = ListValue.of(StringValue.of(address));
        return ListValue.of(server("WRITE", addresses), server("READ", addresses), server("ROUTE", addresses));
    }

    private static Value[] row(Value context, Supplier<String> advertised) {
        String address = context instanceof MapValue map && map.get("address") instanceof StringValue s
                ? s.value()
                : advertised.get();
        return new Value[] {IntegerValue.of(TTL_SECONDS), servers(address)};
    }

    private static MapValue server(String role, ListValue addresses) {
        Map<String, Value> map = new LinkedHashMap<>();
        map.put("addresses", addresses);
        map.put("role", StringValue.of(role));
        return new MapValue(map);
    }
}
