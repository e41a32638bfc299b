package org.quiverdb.cypher.engine;

import java.util.List;
import org.quiverdb.cypher.api.QueryType;
import org.quiverdb.cypher.ast.Clause;
import org.quiverdb.cypher.ast.Query;

/** Decides the query type Bolt reports: r, w (writes, no result), rw (writes and returns). */
final class QueryTypes {
    private QueryTypes() {}

    static QueryType of(Query q) {
        boolean writes = false;
        boolean returns = false;
        for (List<Clause> part : q.parts()) {
            writes |= writes(part);
            returns |= part.get(part.size() - 1) instanceof Clause.Return;
        }
        if (!writes) {
            return QueryType.READ_ONLY;
        }
        return returns ? QueryType.READ_WRITE : QueryType.WRITE;
    }

    private static boolean writes(List<Clause> clauses) {
        for (Clause c : clauses) {
            if (c instanceof Clause.Create
                    || c instanceof Clause.Merge
                    || c instanceof Clause.Update
                    || c instanceof Clause.Delete
                    || c instanceof Clause.Foreach) {
                return true;
            }
            if (c instanceof Clause.CallSubquery s) {
                for (List<Clause> part : s.query().parts()) {
                    if (writes(part)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
