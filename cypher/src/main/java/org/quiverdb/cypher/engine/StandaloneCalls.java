package org.quiverdb.cypher.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quiverdb.cypher.api.Procedure;
import org.quiverdb.cypher.ast.Clause;
import org.quiverdb.cypher.ast.Expression;
import org.quiverdb.cypher.ast.Projection;
import org.quiverdb.cypher.ast.Query;
import org.quiverdb.cypher.ast.ReturnItem;

/**
 * Rewrites a standalone {@code CALL proc(...)} (optionally {@code YIELD *}) into CALL ... YIELD
 * every output ... RETURN them, so it returns the procedure's columns like Neo4j. Stateless.
 */
final class StandaloneCalls {
    private StandaloneCalls() {}

    static Query expand(Query q, Map<String, Procedure> procedures) {
        if (q.parts().size() != 1 || q.parts().get(0).size() != 1) {
            return q;
        }
        if (!(q.parts().get(0).get(0) instanceof Clause.CallProcedure call)) {
            return q;
        }
        Procedure p = procedures.get(call.name().toLowerCase(Locale.ROOT));
        if (p == null) {
            return q;
        }
        List<String> names = new ArrayList<>();
        if (call.yieldAll() || call.yieldNames().isEmpty()) {
            p.outputs().forEach(f -> names.add(f.name()));
        } else {
            names.addAll(call.yieldAliases());
        }
        List<String> fields = call.yieldAll() || call.yieldNames().isEmpty() ? names : call.yieldNames();
        Clause.CallProcedure full = new Clause.CallProcedure(
                call.position(), call.name(), call.arguments(), fields, names, false, call.where());
        List<ReturnItem> items = new ArrayList<>();
        for (String n : names) {
            items.add(new ReturnItem(new Expression.Variable(call.position(), n), null, n));
        }
        if (items.isEmpty()) {
            return new Query(List.of(List.of(full)), List.of());
        }
        Clause.Return ret =
                new Clause.Return(call.position(), new Projection(false, false, items, List.of(), null, null));
        return new Query(List.of(List.of(full, ret)), List.of());
    }
}
