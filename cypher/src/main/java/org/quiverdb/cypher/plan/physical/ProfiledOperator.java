package org.quiverdb.cypher.plan.physical;

import org.quiverdb.cypher.runtime.ProfileCounters;
import org.quiverdb.cypher.runtime.RowStream;
import org.quiverdb.values.value.Value;

/**
 * Wraps an operator of a PROFILE plan: counts the rows it produces and, while it opens or pulls,
 * makes it the operator charged for db hits. Only PROFILE plans are wrapped, so ordinary queries
 * pay nothing. Stateless factory.
 */
final class ProfiledOperator {
    private ProfiledOperator() {}

    static Operator wrap(Operator inner, int id) {
        return (ctx, arg) -> {
            ProfileCounters p = ctx.profile();
            if (p == null) {
                return inner.open(ctx, arg);
            }
            int previous = p.enter(id);
            RowStream stream;
            try {
                stream = inner.open(ctx, arg);
            } finally {
                p.exit(previous);
            }
            return () -> {
                int caller = p.enter(id);
                try {
                    Value[] row = stream.next();
                    if (row != null) {
                        p.row(id);
                    }
                    return row;
                } finally {
                    p.exit(caller);
                }
            };
        };
    }
}
