package org.quiverdb.cypher.runtime;

import java.util.StringJoiner;
import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.NodeValue;
import org.quiverdb.values.value.RelationshipValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/** Short Cypher-like text of a value for error messages. Stateless. */
public final class ValueText {
    private ValueText() {}

    public static String of(Value v) {
        if (v instanceof StringValue s) {
            return "'" + s.value() + "'";
        }
        if (v instanceof IntegerValue i) {
            return Long.toString(i.value());
        }
        if (v instanceof FloatValue f) {
            return Double.toString(f.value());
        }
        if (v instanceof ListValue l) {
            StringJoiner j = new StringJoiner(", ", "[", "]");
            l.values().forEach(e -> j.add(of(e)));
            return j.toString();
        }
        if (v instanceof MapValue m) {
            StringJoiner j = new StringJoiner(", ", "{", "}");
            m.map().forEach((k, e) -> j.add(k + ": " + of(e)));
            return j.toString();
        }
        if (v instanceof NodeValue n) {
            return "Node(" + n.id() + ")";
        }
        if (v instanceof RelationshipValue r) {
            return "Relationship(" + r.id() + ")";
        }
        if (v.isNull()) {
            return "null";
        }
        return v.toString();
    }
}
