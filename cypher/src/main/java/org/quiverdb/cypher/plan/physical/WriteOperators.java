package org.quiverdb.cypher.plan.physical;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.quiverdb.cypher.runtime.CompiledExpression;
import org.quiverdb.cypher.runtime.CypherErrors;
import org.quiverdb.cypher.runtime.ExecutionContext;
import org.quiverdb.cypher.runtime.RowStream;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.NodeValue;
import org.quiverdb.values.value.PathValue;
import org.quiverdb.values.value.RelationshipValue;
import org.quiverdb.values.value.Value;

/**
 * Updating operators: CREATE, MERGE, SET/REMOVE and DELETE. DELETE is eager within its clause:
 * it collects every entity of every row, then deletes relationships before nodes, so a node whose
 * relationships the same clause deletes can be deleted plainly (Neo4j checks at commit). Stateless
 * factories.
 */
final class WriteOperators {
    private WriteOperators() {}

    /** How to create one node of a pattern. */
    record NodeSpec(int slot, boolean bound, List<String> labels, CompiledExpression properties, String name) {}

    /** How to create one relationship; start and end are slots of already-created nodes. */
    record RelSpec(int slot, String type, int startSlot, int endSlot, CompiledExpression properties, String name) {}

    /** One pattern part to create. */
    @SuppressWarnings("ArrayRecordComponent") // internal, never compared or hashed
    record PartSpec(List<NodeSpec> nodes, List<RelSpec> relationships, int pathSlot, int[] nodeSlots, int[] relSlots) {}

    static Operator create(Operator source, List<PartSpec> parts) {
        return (ctx, arg) -> {
            RowStream in = source.open(ctx, arg);
            return () -> {
                Value[] row = in.next();
                if (row == null) {
                    return null;
                }
                Value[] out = row.clone();
                for (PartSpec p : parts) {
                    createPart(out, p, ctx);
                }
                return out;
            };
        };
    }

    static void createPart(Value[] row, PartSpec p, ExecutionContext ctx) {
        KernelTransaction tx = ctx.tx();
        for (NodeSpec n : p.nodes()) {
            if (n.bound()) {
                continue;
            }
            MapValue props = properties(n.properties(), row, ctx);
            int[] labels = new int[n.labels().size()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = tx.labelTokenOrCreate(n.labels().get(i));
            }
            long id = tx.createNode(labels);
            ctx.statistics().nodesCreated++;
            ctx.statistics().labelsAdded += new LinkedHashSet<>(n.labels()).size();
            NodeValue node = ctx.node(id);
            props.map().forEach((k, v) -> Writes.setProperty(node, k, v, ctx));
            row[n.slot()] = node;
        }
        for (RelSpec r : p.relationships()) {
            if (!(row[r.startSlot()] instanceof NodeValue start) || !(row[r.endSlot()] instanceof NodeValue end)) {
                throw CypherErrors.semantic("Failed to create relationship `" + r.name() + "`, node is missing (null)");
            }
            MapValue props = properties(r.properties(), row, ctx);
            int type = tx.relationshipTypeTokenOrCreate(r.type());
            long id = tx.createRelationship(start.id(), type, end.id());
            ctx.statistics().relationshipsCreated++;
            RelationshipValue rel = ctx.relationship(id, type, start.id(), end.id());
            props.map().forEach((k, v) -> Writes.setProperty(rel, k, v, ctx));
            row[r.slot()] = rel;
        }
        if (p.pathSlot() >= 0) {
            row[p.pathSlot()] = Paths.build(row, p.nodeSlots(), p.relSlots(), ctx);
        }
    }

    private static MapValue properties(CompiledExpression e, Value[] row, ExecutionContext ctx) {
        if (e == null) {
            return MapValue.EMPTY;
        }
        Value v = e.evaluate(row, ctx);
        if (v instanceof MapValue m) {
            return m;
        }
        if (v.isNull()) {
            return MapValue.EMPTY;
        }
        throw CypherErrors.typeError("properties", v, "a MAP");
    }

    static Operator merge(
            Operator source, Operator match, PartSpec create, List<UpdateAction> onCreate, List<UpdateAction> onMatch) {
        return (ctx, arg) -> new FlatMapStream(source.open(ctx, arg), row -> {
            RowStream matched = match.open(ctx, row);
            List<Value[]> rows = new ArrayList<>();
            for (Value[] r = matched.next(); r != null; r = matched.next()) {
                rows.add(r);
            }
            if (rows.isEmpty()) {
                Value[] out = row.clone();
                checkMergeProperties(create, out, ctx);
                createPart(out, create, ctx);
                for (UpdateAction a : onCreate) {
                    a.apply(out, ctx);
                }
                return RowStream.of(out);
            }
            for (Value[] r : rows) {
                for (UpdateAction a : onMatch) {
                    a.apply(r, ctx);
                }
            }
            return new ListStream(rows);
        });
    }

    private static void checkMergeProperties(PartSpec p, Value[] row, ExecutionContext ctx) {
        for (NodeSpec n : p.nodes()) {
            if (!n.bound() && n.properties() != null) {
                properties(n.properties(), row, ctx).map().forEach((k, v) -> {
                    if (v.isNull()) {
                        throw CypherErrors.semantic(
                                "Cannot merge the following node because of null property value for '" + k + "': ("
                                        + n.name() + " {" + k + ": null})");
                    }
                });
            }
        }
        for (RelSpec r : p.relationships()) {
            if (r.properties() != null) {
                properties(r.properties(), row, ctx).map().forEach((k, v) -> {
                    if (v.isNull()) {
                        throw CypherErrors.semantic("Cannot merge the following relationship because of null property"
                                + " value for '" + k + "'");
                    }
                });
            }
        }
    }

    static Operator update(Operator source, List<UpdateAction> actions) {
        return (ctx, arg) -> {
            RowStream in = source.open(ctx, arg);
            return () -> {
                Value[] row = in.next();
                if (row == null) {
                    return null;
                }
                for (UpdateAction a : actions) {
                    a.apply(row, ctx);
                }
                return row;
            };
        };
    }

    static Operator delete(Operator source, List<CompiledExpression> expressions, boolean detach) {
        return (ctx, arg) -> {
            RowStream in = source.open(ctx, arg);
            List<Value[]> rows = new ArrayList<>();
            Set<Long> nodes = new LinkedHashSet<>();
            Set<Long> rels = new LinkedHashSet<>();
            for (Value[] row = in.next(); row != null; row = in.next()) {
                rows.add(row);
                for (CompiledExpression e : expressions) {
                    collect(e.evaluate(row, ctx), nodes, rels);
                }
            }
            KernelTransaction tx = ctx.tx();
            for (long r : rels) {
                if (tx.relationshipExists(r)) {
                    tx.deleteRelationship(r);
                    ctx.statistics().relationshipsDeleted++;
                }
            }
            for (long n : nodes) {
                if (!tx.nodeExists(n)) {
                    continue;
                }
                if (detach) {
                    ctx.statistics().relationshipsDeleted += tx.detachDeleteNode(n);
                } else {
                    tx.deleteNode(n);
                }
                ctx.statistics().nodesDeleted++;
            }
            return new ListStream(rows);
        };
    }

    private static void collect(Value v, Set<Long> nodes, Set<Long> rels) {
        if (v.isNull()) {
            return;
        }
        if (v instanceof NodeValue n) {
            nodes.add(n.id());
        } else if (v instanceof RelationshipValue r) {
            rels.add(r.id());
        } else if (v instanceof PathValue p) {
            p.relationships().forEach(r -> rels.add(r.id()));
            p.nodes().forEach(n -> nodes.add(n.id()));
        } else if (v instanceof ListValue l) {
            l.values().forEach(e -> collect(e, nodes, rels));
        } else {
            throw CypherErrors.typeError("DELETE", v, "a NODE, RELATIONSHIP or PATH");
        }
    }
}
