package org.quiverdb.cypher.ast;

import java.util.List;

/** One clause of a single query. Immutable records; where/optional parts are null when absent. */
public sealed interface Clause {
    Position position();

    record Match(Position position, boolean optional, List<PatternPart> pattern, Expression where) implements Clause {}

    record Create(Position position, List<PatternPart> pattern) implements Clause {}

    record Merge(Position position, PatternPart pattern, List<SetItem> onCreate, List<SetItem> onMatch)
            implements Clause {}

    record With(Position position, Projection projection, Expression where) implements Clause {}

    record Return(Position position, Projection projection) implements Clause {}

    record Unwind(Position position, Expression expression, String variable) implements Clause {}

    /** SET and REMOVE. */
    record Update(Position position, List<SetItem> items) implements Clause {}

    record Delete(Position position, boolean detach, List<Expression> expressions) implements Clause {}

    record Foreach(Position position, String variable, Expression list, List<Clause> body) implements Clause {}

    /** {@code CALL ns.name(args) YIELD a AS b WHERE ...}; arguments null for the implicit form. */
    record CallProcedure(
            Position position,
            String name,
            List<Expression> arguments,
            List<String> yieldNames,
            List<String> yieldAliases,
            boolean yieldAll,
            Expression where)
            implements Clause {}

    record CallSubquery(Position position, Query query) implements Clause {}
}
