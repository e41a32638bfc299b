package org.quiverdb.cypher.plan.physical;

import java.util.ArrayList;
import java.util.List;
import org.quiverdb.cypher.runtime.ExecutionContext;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.NodeValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.PathValue;
import org.quiverdb.values.value.RelationshipValue;
import org.quiverdb.values.value.Value;

/** Assembles path values from the bound elements of a pattern. Stateless. */
final class Paths {
    private Paths() {}

    static Value build(Value[] row, int[] nodeSlots, int[] relSlots, ExecutionContext ctx) {
        if (!(row[nodeSlots[0]] instanceof NodeValue first)) {
            return NullValue.NULL;
        }
        List<NodeValue> nodes = new ArrayList<>();
        List<RelationshipValue> rels = new ArrayList<>();
        nodes.add(first);
        long current = first.id();
        for (int i = 0; i < relSlots.length; i++) {
            Value r = row[relSlots[i]];
            List<Value> steps = r instanceof ListValue l ? l.values() : List.of(r);
            for (Value step : steps) {
                if (!(step instanceof RelationshipValue rel)) {
                    return NullValue.NULL;
                }
                rels.add(rel);
                current = rel.startId() == current ? rel.endId() : rel.startId();
                nodes.add(ctx.node(current));
            }
            if (!(row[nodeSlots[i + 1]] instanceof NodeValue)) {
                return NullValue.NULL;
            }
        }
        return new PathValue(nodes, rels);
    }
}
