package org.quiverdb.bolt.packstream;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.value.BooleanValue;
import org.quiverdb.values.value.BytesValue;
import org.quiverdb.values.value.DateTimeValue;
import org.quiverdb.values.value.DateValue;
import org.quiverdb.values.value.DurationValue;
import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.LocalDateTimeValue;
import org.quiverdb.values.value.LocalTimeValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.NodeValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.PathValue;
import org.quiverdb.values.value.PointValue;
import org.quiverdb.values.value.RelationshipValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.TimeValue;
import org.quiverdb.values.value.Value;

/**
 * Writes Cypher values as PackStream in one {@link ValueDialect} (layouts in {@link
 * StructureFormat}). Stateless apart from the dialect; thread-safe.
 */
public final class ValuePacker {
    private final ValueDialect dialect;

    public ValuePacker(ValueDialect dialect) {
        this.dialect = dialect;
    }

    public void pack(Value value, PackStreamWriter out) {
        if (value instanceof NullValue) {
            out.writeNull();
        } else if (value instanceof BooleanValue b) {
            out.writeBoolean(b.booleanValue());
        } else if (value instanceof IntegerValue i) {
            out.writeInt(i.value());
        } else if (value instanceof FloatValue f) {
            out.writeFloat(f.value());
        } else if (value instanceof StringValue s) {
            out.writeString(s.value());
        } else if (value instanceof BytesValue b) {
            out.writeBytes(b.toByteArray());
        } else if (value instanceof ListValue list) {
            out.writeListHeader(list.size());
            for (Value item : list.values()) {
                pack(item, out);
            }
        } else if (value instanceof MapValue map) {
            packMap(map, out);
        } else if (value instanceof NodeValue node) {
            packNode(node, out);
        } else if (value instanceof RelationshipValue rel) {
            packRelationship(rel, out);
        } else if (value instanceof PathValue path) {
            packPath(path, out);
        } else {
            packTemporalOrSpatial(value, out);
        }
    }

    public void packMap(MapValue map, PackStreamWriter out) {
        out.writeMapHeader(map.size());
        for (Map.Entry<String, Value> entry : map.map().entrySet()) {
            out.writeString(entry.getKey());
            pack(entry.getValue(), out);
        }
    }

    private void packTemporalOrSpatial(Value value, PackStreamWriter out) {
        if (!dialect.temporalAndSpatial()) {
            throw new QuiverException(
                    Status.STATEMENT_UNSUPPORTED_OPERATION,
                    value.typeName() + " values cannot be sent in Bolt protocol version 1 (expected: Bolt 2 or later)");
        }
        if (value instanceof DateValue d) {
            out.writeStructHeader(1, StructureFormat.DATE);
            out.writeInt(d.value().toEpochDay());
        } else if (value instanceof TimeValue t) {
            out.writeStructHeader(2, StructureFormat.TIME);
            out.writeInt(t.value().toLocalTime().toNanoOfDay());
            out.writeInt(t.value().getOffset().getTotalSeconds());
        } else if (value instanceof LocalTimeValue t) {
            out.writeStructHeader(1, StructureFormat.LOCAL_TIME);
            out.writeInt(t.value().toNanoOfDay());
        } else if (value instanceof LocalDateTimeValue t) {
            LocalDateTime ldt = t.value();
            out.writeStructHeader(2, StructureFormat.LOCAL_DATE_TIME);
            out.writeInt(ldt.toEpochSecond(ZoneOffset.UTC));
            out.writeInt(ldt.get(ChronoField.NANO_OF_SECOND));
        } else if (value instanceof DateTimeValue t) {
            packDateTime(t, out);
        } else if (value instanceof DurationValue d) {
            out.writeStructHeader(4, StructureFormat.DURATION);
            out.writeInt(d.months());
            out.writeInt(d.days());
            out.writeInt(d.seconds());
            out.writeInt(d.nanos());
        } else if (value instanceof PointValue p) {
            boolean threeD = p.dimension() == 3;
            out.writeStructHeader(threeD ? 4 : 3, threeD ? StructureFormat.POINT_3D : StructureFormat.POINT_2D);
            out.writeInt(p.srid());
            for (int i = 0; i < p.dimension(); i++) {
                out.writeFloat(p.coordinate(i));
            }
        } else {
            throw new IllegalStateException("unhandled value type: " + value.typeName());
        }
    }

    private void packDateTime(DateTimeValue value, PackStreamWriter out) {
        ZonedDateTime zdt = value.value();
        boolean offset = value.hasOffsetZone();
        int tag;
        long seconds;
        if (dialect.utcDateTime()) {
            tag = offset ? StructureFormat.DATE_TIME_UTC_OFFSET : StructureFormat.DATE_TIME_UTC_ZONE_ID;
            seconds = zdt.toEpochSecond();
        } else {
            tag = offset ? StructureFormat.DATE_TIME_LEGACY_OFFSET : StructureFormat.DATE_TIME_LEGACY_ZONE_ID;
            seconds = zdt.toLocalDateTime().toEpochSecond(ZoneOffset.UTC);
        }
        out.writeStructHeader(3, tag);
        out.writeInt(seconds);
        out.writeInt(zdt.get(ChronoField.NANO_OF_SECOND));
        if (offset) {
            out.writeInt(zdt.getOffset().getTotalSeconds());
        } else {
            out.writeString(zdt.getZone().getId());
        }
    }

    private void packNode(NodeValue node, PackStreamWriter out) {
        out.writeStructHeader(dialect.elementIds() ? 4 : 3, StructureFormat.NODE);
        out.writeInt(node.id());
        out.writeListHeader(node.labels().size());
        for (String label : node.labels()) {
            out.writeString(label);
        }
        packMap(node.properties(), out);
        if (dialect.elementIds()) {
            out.writeString(node.elementId());
        }
    }

    private void packRelationship(RelationshipValue rel, PackStreamWriter out) {
        out.writeStructHeader(dialect.elementIds() ? 8 : 5, StructureFormat.RELATIONSHIP);
        out.writeInt(rel.id());
        out.writeInt(rel.startId());
        out.writeInt(rel.endId());
        out.writeString(rel.type());
        packMap(rel.properties(), out);
        if (dialect.elementIds()) {
            out.writeString(rel.elementId());
            out.writeString(rel.startElementId());
            out.writeString(rel.endElementId());
        }
    }

    private void packUnbound(RelationshipValue rel, PackStreamWriter out) {
        out.writeStructHeader(dialect.elementIds() ? 4 : 3, StructureFormat.UNBOUND_RELATIONSHIP);
        out.writeInt(rel.id());
        out.writeString(rel.type());
        packMap(rel.properties(), out);
        if (dialect.elementIds()) {
            out.writeString(rel.elementId());
        }
    }

    /**
     * Path: distinct nodes (start first), distinct relationships, then per step (rel index 1-based,
     * negative when traversed against its direction; node index 0-based).
     */
    private void packPath(PathValue path, PackStreamWriter out) {
        List<NodeValue> nodes = path.nodes();
        List<RelationshipValue> rels = path.relationships();
        Map<Long, Integer> nodeIndex = new HashMap<>();
        List<NodeValue> distinctNodes = new ArrayList<>();
        for (NodeValue node : nodes) {
            if (nodeIndex.putIfAbsent(node.id(), distinctNodes.size()) == null) {
                distinctNodes.add(node);
            }
        }
        Map<Long, Integer> relIndex = new HashMap<>();
        List<RelationshipValue> distinctRels = new ArrayList<>();
        for (RelationshipValue rel : rels) {
            if (relIndex.putIfAbsent(rel.id(), distinctRels.size()) == null) {
                distinctRels.add(rel);
            }
        }
        out.writeStructHeader(3, StructureFormat.PATH);
        out.writeListHeader(distinctNodes.size());
        for (NodeValue node : distinctNodes) {
            packNode(node, out);
        }
        out.writeListHeader(distinctRels.size());
        for (RelationshipValue rel : distinctRels) {
            packUnbound(rel, out);
        }
        out.writeListHeader(2 * rels.size());
        for (int i = 0; i < rels.size(); i++) {
            RelationshipValue rel = rels.get(i);
            boolean forward = rel.startId() == nodes.get(i).id();
            int index = relIndex.get(rel.id()) + 1;
            out.writeInt(forward ? index : -index);
            out.writeInt(nodeIndex.get(nodes.get(i + 1).id()));
        }
    }
}
