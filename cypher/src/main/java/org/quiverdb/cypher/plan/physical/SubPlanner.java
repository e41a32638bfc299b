package org.quiverdb.cypher.plan.physical;

import org.quiverdb.cypher.ast.Expression;
import org.quiverdb.cypher.ast.PatternPart;
import org.quiverdb.cypher.ast.Query;

/** Plans the patterns and subqueries expressions contain, against the enclosing scope. */
public interface SubPlanner {
    SubPlan planPattern(PatternPart pattern, Expression where, Scope scope);

    SubPlan planQuery(Query query, Scope scope);
}
