package org.quiverdb.cypher.semantic;

import java.util.Set;
import org.quiverdb.cypher.ast.Expression;
import org.quiverdb.values.value.BooleanValue;
import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.StringValue;

/**
 * The type of an expression when it is known without running it (literals), as Neo4j names it
 * in "Type mismatch" errors; null when unknown. Stateless.
 */
final class StaticTypes {
    /** Functions that accept only graph entities or paths, so any literal argument is a mismatch. */
    static final Set<String> ENTITY_FUNCTIONS =
            Set.of("labels", "type", "id", "elementid", "nodes", "relationships", "startnode", "endnode", "length");

    private StaticTypes() {}

    static String of(Expression e) {
        if (e instanceof Expression.Literal l) {
            if (l.value() instanceof BooleanValue) {
                return "Boolean";
            } else if (l.value() instanceof IntegerValue) {
                return "Integer";
            } else if (l.value() instanceof FloatValue) {
                return "Float";
            } else if (l.value() instanceof StringValue) {
                return "String";
            }
            return null;
        }
        if (e instanceof Expression.ListLiteral) {
            return "List<T>";
        }
        if (e instanceof Expression.MapLiteral) {
            return "Map";
        }
        return null;
    }
}
