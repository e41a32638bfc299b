package org.quiverdb.cypher.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.NodeValue;
import org.quiverdb.values.value.PathValue;
import org.quiverdb.values.value.RelationshipValue;
import org.quiverdb.values.value.Value;

/**
 * Turns the runtime's id-only entity references into full values (element ids, labels, types,
 * properties) as the transaction sees them now, recursing into lists, maps and paths. Entities
 * deleted by this transaction stay id-only. Stateless apart from the transaction.
 */
public final class Materializer {
    private final KernelTransaction tx;

    public Materializer(KernelTransaction tx) {
        this.tx = tx;
    }

    public Value materialize(Value v) {
        if (v instanceof NodeValue n) {
            return node(n);
        }
        if (v instanceof RelationshipValue r) {
            return relationship(r);
        }
        if (v instanceof PathValue p) {
            List<NodeValue> nodes = new ArrayList<>();
            for (NodeValue n : p.nodes()) {
                nodes.add(node(n));
            }
            List<RelationshipValue> rels = new ArrayList<>();
            for (RelationshipValue r : p.relationships()) {
                rels.add(relationship(r));
            }
            return new PathValue(nodes, rels);
        }
        if (v instanceof ListValue l) {
            List<Value> out = new ArrayList<>(l.size());
            for (Value e : l.values()) {
                out.add(materialize(e));
            }
            return new ListValue(out);
        }
        if (v instanceof MapValue m) {
            Map<String, Value> out = new LinkedHashMap<>();
            m.map().forEach((k, e) -> out.put(k, materialize(e)));
            return new MapValue(out);
        }
        return v;
    }

    public NodeValue node(NodeValue n) {
        if (!n.elementId().isEmpty() || !tx.nodeExists(n.id())) {
            return n;
        }
        List<String> labels = new ArrayList<>();
        for (int l : tx.nodeLabels(n.id())) {
            labels.add(tx.labelName(l));
        }
        Map<String, Value> props = new LinkedHashMap<>();
        for (int k : tx.nodePropertyKeys(n.id())) {
            props.put(tx.propertyKeyName(k), tx.nodeProperty(n.id(), k));
        }
        return new NodeValue(n.id(), tx.nodeElementId(n.id()), labels, new MapValue(props));
    }

    public RelationshipValue relationship(RelationshipValue r) {
        if (!r.elementId().isEmpty() || !tx.relationshipExists(r.id())) {
            return r;
        }
        Map<String, Value> props = new LinkedHashMap<>();
        for (int k : tx.relationshipPropertyKeys(r.id())) {
            props.put(tx.propertyKeyName(k), tx.relationshipProperty(r.id(), k));
        }
        return new RelationshipValue(
                r.id(),
                tx.relationshipElementId(r.id()),
                r.startId(),
                tx.nodeElementId(r.startId()),
                r.endId(),
                tx.nodeElementId(r.endId()),
                r.type(),
                new MapValue(props));
    }
}
