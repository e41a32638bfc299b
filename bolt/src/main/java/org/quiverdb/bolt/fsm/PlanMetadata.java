package org.quiverdb.bolt.fsm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quiverdb.cypher.api.PlanDescription;
import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/**
 * A plan as Bolt's SUCCESS {@code plan} / {@code profile} entry carries it: a map per operator
 * with {@code operatorType}, {@code identifiers}, {@code args} and {@code children}; a profiled
 * operator adds {@code rows} and {@code dbHits}, and the page-cache and time fields the drivers
 * read (zero: the store has no page cache, and operator time is not measured yet). Operator names
 * carry Neo4j's {@code @neo4j} suffix, as Neo4j 5 reports them to drivers. Stateless.
 */
final class PlanMetadata {
    private static final String RUNTIME_SUFFIX = "@neo4j";

    private PlanMetadata() {}

    static MapValue of(PlanDescription plan) {
        Map<String, Value> map = new LinkedHashMap<>();
        map.put("operatorType", StringValue.of(plan.operatorType() + RUNTIME_SUFFIX));
        map.put("args", new MapValue(plan.arguments()));
        List<Value> identifiers = new ArrayList<>();
        plan.identifiers().forEach(i -> identifiers.add(StringValue.of(i)));
        map.put("identifiers", new ListValue(identifiers));
        List<Value> children = new ArrayList<>();
        plan.children().forEach(c -> children.add(of(c)));
        map.put("children", new ListValue(children));
        PlanDescription.Profile profile = plan.profile();
        if (profile != null) {
            map.put("rows", IntegerValue.of(profile.rows()));
            map.put("dbHits", IntegerValue.of(profile.dbHits()));
            map.put("pageCacheHits", IntegerValue.of(0));
            map.put("pageCacheMisses", IntegerValue.of(0));
            map.put("pageCacheHitRatio", FloatValue.of(0.0));
            map.put("time", IntegerValue.of(0));
        }
        return new MapValue(map);
    }
}
