package org.quiverdb.cypher.semantic;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quiverdb.cypher.ast.Clause;
import org.quiverdb.cypher.ast.Expression;
import org.quiverdb.cypher.ast.ExpressionPrinter;
import org.quiverdb.cypher.ast.NodePattern;
import org.quiverdb.cypher.ast.PatternDirection;
import org.quiverdb.cypher.ast.PatternPart;
import org.quiverdb.cypher.ast.Projection;
import org.quiverdb.cypher.ast.Query;
import org.quiverdb.cypher.ast.RelationshipPattern;
import org.quiverdb.cypher.ast.ReturnItem;
import org.quiverdb.cypher.ast.SetItem;
import org.quiverdb.cypher.ast.SortItem;
import org.quiverdb.cypher.rewrite.Aggregates;
import org.quiverdb.cypher.rewrite.ExpressionRewriter;

/**
 * Checks a parsed statement clause by clause, tracking which variables are bound and as what
 * (node, relationship, path or value). Postconditions: every variable read is bound; pattern
 * variables are not re-declared with a different kind; CREATE/MERGE patterns are creatable;
 * projections are well-formed; UNION parts agree on columns. Stateless: one walk per call.
 */
public final class SemanticAnalyzer {
    /** What a variable is bound to, as far as the checker knows. */
    enum Kind {
        NODE,
        RELATIONSHIP,
        PATH,
        VALUE,
        ANY
    }

    private final SemanticErrors errors;
    private final ExpressionChecker expressions;

    private SemanticAnalyzer(String query) {
        this.errors = new SemanticErrors(query);
        this.expressions = new ExpressionChecker(errors);
    }

    /** Checks {@code query} (parsed from {@code text}); throws a QuiverException on the first error. */
    public static void check(String text, Query query) {
        new SemanticAnalyzer(text).query(query, new LinkedHashMap<>());
    }

    private List<String> query(Query q, Map<String, Kind> outer) {
        List<String> columns = null;
        if (q.unionAll().stream().distinct().count() > 1) {
            throw errors.at(q.parts().get(1).get(0).position(), "Invalid combination of UNION and UNION ALL");
        }
        for (int i = 0; i < q.parts().size(); i++) {
            List<String> c = single(q.parts().get(i), new LinkedHashMap<>(outer));
            if (columns != null && !columns.equals(c)) {
                throw errors.at(
                        q.parts().get(i).get(0).position(),
                        "All sub queries in an UNION must have the same return column names");
            }
            columns = c;
        }
        return columns;
    }

    private List<String> single(List<Clause> clauses, Map<String, Kind> scope) {
        List<String> columns = List.of();
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            boolean last = i == clauses.size() - 1;
            if (c instanceof Clause.Return && !last) {
                throw errors.at(clauses.get(i + 1).position(), "RETURN can only be used at the end of the query");
            }
            columns = clause(c, scope);
            if (last
                    && !(c instanceof Clause.Return)
                    && !isUpdating(c)
                    && !(c instanceof Clause.CallProcedure)
                    && !(c instanceof Clause.CallSubquery)
                    && clauses.size() > 0) {
                throw errors.at(
                        c.position(),
                        "Query cannot conclude with " + clauseName(c)
                                + " (must be a RETURN clause, an update clause, a unit subquery call, or a procedure call"
                                + " with no YIELD)");
            }
        }
        return columns;
    }

    private static String clauseName(Clause c) {
        if (c instanceof Clause.Match m) {
            return m.optional() ? "OPTIONAL MATCH" : "MATCH";
        }
        if (c instanceof Clause.With) {
            return "WITH";
        }
        return c instanceof Clause.Unwind
                ? "UNWIND"
                : c.getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT);
    }

    private static boolean isUpdating(Clause c) {
        return c instanceof Clause.Create
                || c instanceof Clause.Merge
                || c instanceof Clause.Update
                || c instanceof Clause.Delete
                || c instanceof Clause.Foreach;
    }

    private List<String> clause(Clause c, Map<String, Kind> scope) {
        expressions.kinds(scope);
        if (c instanceof Clause.Match m) {
            RelationshipListVariables.check(m.pattern(), errors);
            for (PatternPart p : m.pattern()) {
                bindPattern(p, scope, false);
            }
            for (PatternPart p : m.pattern()) {
                patternProperties(p, scope);
            }
            for (PatternPart part : m.pattern()) {
                noParameterMaps(part);
                ShortestPathChecker.check(part, errors);
            }
            expressions.checkPredicate(m.where(), scope.keySet());
        } else if (c instanceof Clause.Create cr) {
            for (PatternPart p : cr.pattern()) {
                creatable(p, scope, "CREATE");
                patternProperties(p, scope);
                bindPattern(p, scope, true);
            }
        } else if (c instanceof Clause.Merge m) {
            noParameterMaps(m.pattern());
            creatable(m.pattern(), scope, "MERGE");
            bindPattern(m.pattern(), scope, false);
            patternProperties(m.pattern(), scope);
            m.onCreate().forEach(item -> setItem(item, scope));
            m.onMatch().forEach(item -> setItem(item, scope));
        } else if (c instanceof Clause.With w) {
            Set<String> before = new HashSet<>(scope.keySet());
            projection(w.projection(), scope, true);
            Set<String> whereScope = new HashSet<>(scope.keySet());
            boolean aggregating =
                    w.projection().items().stream().anyMatch(i -> Aggregates.containsAggregate(i.expression()));
            Expression where = w.where();
            if (!aggregating && !w.projection().distinct()) {
                whereScope.addAll(before);
            } else if (where != null) {
                where = toProjected(where, w.projection());
            }
            expressions.checkPredicate(where, whereScope);
        } else if (c instanceof Clause.Return r) {
            return projection(r.projection(), scope, false);
        } else if (c instanceof Clause.Unwind u) {
            expressions.check(u.expression(), scope.keySet(), false);
            declare(u.variable(), Kind.ANY, scope, u.position());
        } else if (c instanceof Clause.Update u) {
            u.items().forEach(item -> setItem(item, scope));
        } else if (c instanceof Clause.Delete d) {
            for (Expression e : d.expressions()) {
                if (StaticTypes.of(e) != null || e instanceof Expression.LabelCheck || isArithmetic(e)) {
                    throw errors.at(
                            e.position(),
                            "Type mismatch: expected Node, Path or Relationship but was "
                                    + (e instanceof Expression.LabelCheck ? "Boolean" : "Integer"));
                }
                expressions.check(e, scope.keySet(), false);
            }
        } else {
            nested(c, scope);
        }
        return List.of();
    }

    private void nested(Clause c, Map<String, Kind> scope) {
        if (c instanceof Clause.Foreach f) {
            expressions.check(f.list(), scope.keySet(), false);
            Map<String, Kind> inner = new LinkedHashMap<>(scope);
            inner.put(f.variable(), Kind.ANY);
            for (Clause b : f.body()) {
                clause(b, inner);
            }
        } else if (c instanceof Clause.CallProcedure p) {
            if (p.arguments() != null) {
                p.arguments().forEach(a -> expressions.check(a, scope.keySet(), false));
            }
            for (int i = 0; i < p.yieldAliases().size(); i++) {
                declare(p.yieldAliases().get(i), Kind.ANY, scope, p.position());
            }
            expressions.checkPredicate(p.where(), scope.keySet());
        } else if (c instanceof Clause.CallSubquery s) {
            List<String> cols = query(s.query(), new LinkedHashMap<>(scope));
            for (String col : cols) {
                declare(col, Kind.ANY, scope, s.position());
            }
        }
    }

    private void setItem(SetItem item, Map<String, Kind> scope) {
        Set<String> names = scope.keySet();
        if (item instanceof SetItem.SetProperty sp) {
            expressions.check(sp.target(), names, false);
            expressions.check(sp.value(), names, false);
        } else if (item instanceof SetItem.SetProperties sp) {
            requireBound(sp.variable(), scope, sp.position());
            expressions.check(sp.value(), names, false);
        } else if (item instanceof SetItem.SetLabels sl) {
            requireBound(sl.variable(), scope, sl.position());
        } else if (item instanceof SetItem.RemoveProperty rp) {
            expressions.check(rp.target(), names, false);
        } else if (item instanceof SetItem.RemoveLabels rl) {
            requireBound(rl.variable(), scope, rl.position());
        }
    }

    private void requireBound(String name, Map<String, Kind> scope, org.quiverdb.cypher.ast.Position p) {
        if (!scope.containsKey(name)) {
            throw errors.at(p, "Variable `" + name + "` not defined");
        }
    }

    private void declare(String name, Kind kind, Map<String, Kind> scope, org.quiverdb.cypher.ast.Position p) {
        if (scope.containsKey(name)) {
            throw errors.at(p, "Variable `" + name + "` already declared");
        }
        scope.put(name, kind);
    }

    private void bindPattern(PatternPart p, Map<String, Kind> scope, boolean creating) {
        for (NodePattern n : p.nodes()) {
            Kind k = scope.get(n.variable());
            if (k != null && k != Kind.NODE && k != Kind.ANY) {
                throw errors.at(
                        n.position(),
                        "Type mismatch: " + n.variable() + " defined with conflicting type " + title(k)
                                + " (expected Node)");
            }
            scope.put(n.variable(), Kind.NODE);
        }
        Set<String> seen = new HashSet<>();
        for (RelationshipPattern r : p.relationships()) {
            Kind k = scope.get(r.variable());
            if (k != null && k != Kind.RELATIONSHIP && k != Kind.ANY && !(k == Kind.VALUE && r.length() != null)) {
                throw errors.at(
                        r.position(),
                        "Type mismatch: " + r.variable() + " defined with conflicting type " + title(k)
                                + " (expected Relationship)");
            }
            if (!seen.add(r.variable()) && !r.variable().startsWith(" ")) {
                throw errors.at(
                        r.position(),
                        "Cannot use the same relationship variable '" + r.variable() + "' for multiple relationships");
            }
            scope.put(r.variable(), r.length() == null ? Kind.RELATIONSHIP : Kind.ANY);
        }
        if (p.pathVariable() != null) {
            if (scope.containsKey(p.pathVariable())) {
                throw errors.at(p.position(), "Variable `" + p.pathVariable() + "` already declared");
            }
            scope.put(p.pathVariable(), Kind.PATH);
        }
        assert creating || !creating;
    }

    private static String title(Kind k) {
        return switch (k) {
            case NODE -> "Node";
            case RELATIONSHIP -> "Relationship";
            case PATH -> "Path";
            case VALUE -> "a value";
            case ANY -> "Any";
        };
    }

    private void patternProperties(PatternPart p, Map<String, Kind> scope) {
        for (NodePattern n : p.nodes()) {
            expressions.check(n.properties(), scope.keySet(), false);
        }
        for (RelationshipPattern r : p.relationships()) {
            expressions.check(r.properties(), scope.keySet(), false);
        }
    }

    private static boolean isArithmetic(Expression e) {
        return e instanceof Expression.Binary b
                && switch (b.operator()) {
                    case ADD, SUB, MUL, DIV, MOD, POW -> true;
                    default -> false;
                };
    }

    private void noParameterMaps(PatternPart p) {
        for (NodePattern n : p.nodes()) {
            if (n.properties() instanceof Expression.Parameter param) {
                throw errors.at(
                        param.position(),
                        "Parameter maps cannot be used in MATCH patterns (use a literal map" + " instead, e.g. \"{id: $"
                                + param.name() + ".id}\")");
            }
        }
        for (RelationshipPattern r : p.relationships()) {
            if (r.properties() instanceof Expression.Parameter param) {
                throw errors.at(
                        param.position(),
                        "Parameter maps cannot be used in MATCH patterns (use a literal map" + " instead, e.g. \"{id: $"
                                + param.name() + ".id}\")");
            }
        }
    }

    private void creatable(PatternPart p, Map<String, Kind> scope, String clause) {
        for (NodePattern n : p.nodes()) {
            if (scope.containsKey(n.variable()) && (!n.labels().isEmpty() || n.properties() != null)) {
                throw errors.at(
                        n.position(),
                        "Can't create node `" + n.variable()
                                + "` with labels or properties here. The variable is already declared in this context");
            }
            if (p.nodes().size() == 1 && scope.containsKey(n.variable())) {
                throw errors.at(n.position(), "Variable `" + n.variable() + "` already declared");
            }
        }
        for (RelationshipPattern r : p.relationships()) {
            if (scope.containsKey(r.variable())) {
                throw errors.at(r.position(), "Variable `" + r.variable() + "` already declared");
            }
            if (r.types().size() != 1) {
                throw errors.at(
                        r.position(),
                        "Exactly one relationship type must be specified for " + clause
                                + ". Did you forget to prefix your relationship type with a ':'?");
            }
            if (r.direction() == PatternDirection.UNDIRECTED && clause.equals("CREATE")) {
                throw errors.at(r.position(), "Only directed relationships are supported in CREATE");
            }
            if (r.length() != null) {
                throw errors.at(r.position(), "Variable length relationships cannot be used in " + clause);
            }
        }
    }

    private List<String> projection(Projection p, Map<String, Kind> scope, boolean isWith) {
        Set<String> before = new HashSet<>(scope.keySet());
        Map<String, Kind> next = new LinkedHashMap<>();
        if (p.star()) {
            if (!isWith && scope.keySet().stream().allMatch(n -> n.startsWith(" "))) {
                throw errors.at(
                        org.quiverdb.cypher.ast.Position.NONE,
                        "RETURN * is not allowed when there are no variables in scope");
            }
            scope.forEach((k, v) -> {
                if (!k.startsWith(" ")) {
                    next.put(k, v);
                }
            });
        }
        boolean aggregating = false;
        for (ReturnItem item : p.items()) {
            expressions.check(item.expression(), before, true);
            aggregating |= Aggregates.containsAggregate(item.expression());
            if (isWith && item.alias() == null && !(item.expression() instanceof Expression.Variable)) {
                throw errors.at(item.expression().position(), "Expression in WITH must be aliased (use AS)");
            }
            if (next.containsKey(item.name()) && !p.star()) {
                throw errors.at(
                        item.expression().position(), "Multiple result columns with the same name are not supported");
            }
            Kind k = item.expression() instanceof Expression.Variable v
                    ? scope.getOrDefault(v.name(), Kind.ANY)
                    : StaticTypes.of(item.expression()) != null ? Kind.VALUE : Kind.ANY;
            next.put(item.name(), k);
        }
        if (aggregating) {
            implicitGrouping(p, before);
        }
        Set<String> orderScope = new HashSet<>(next.keySet());
        if (!aggregating && !p.distinct()) {
            orderScope.addAll(before);
        }
        Map<String, String> byText = new HashMap<>();
        for (ReturnItem item : p.items()) {
            byText.putIfAbsent(ExpressionPrinter.print(item.expression()), item.name());
        }
        for (SortItem s : p.orderBy()) {
            if (aggregating || p.distinct()) {
                // an ORDER BY key may repeat a projected item whole, or use projected aggregates,
                // variables and properties inside it; anything else is an implicit grouping key
                String whole = byText.get(ExpressionPrinter.print(s.expression()));
                Expression e = whole != null
                        ? new Expression.Variable(s.expression().position(), whole)
                        : ExpressionRewriter.rewrite(s.expression(), x -> {
                            boolean simple = Aggregates.isAggregate(x) || x instanceof Expression.Property;
                            String name = simple ? byText.get(ExpressionPrinter.print(x)) : null;
                            return name == null ? null : new Expression.Variable(x.position(), name);
                        });
                expressions.check(e, orderScope, aggregating);
            } else {
                expressions.check(s.expression(), orderScope, false);
            }
        }
        checkCount(p.skip());
        checkCount(p.limit());
        scope.clear();
        scope.putAll(next);
        return new java.util.ArrayList<>(next.keySet());
    }

    /** Replaces projected expressions (whole items, properties, aggregates) by their column. */
    private static Expression toProjected(Expression e, Projection p) {
        Map<String, String> byText = new HashMap<>();
        for (ReturnItem item : p.items()) {
            byText.putIfAbsent(ExpressionPrinter.print(item.expression()), item.name());
        }
        return ExpressionRewriter.rewrite(e, x -> {
            if (x instanceof Expression.Variable) {
                return null;
            }
            String name = byText.get(ExpressionPrinter.print(x));
            return name == null ? null : new Expression.Variable(x.position(), name);
        });
    }

    /** Checks aggregate calls' arguments against {@code inputScope}; returns e with them replaced by null. */
    private Expression withoutAggregates(Expression e, Set<String> inputScope) {
        return ExpressionRewriter.rewrite(e, x -> {
            if (!Aggregates.isAggregate(x)) {
                return null;
            }
            expressions.check(x, inputScope, true);
            return new Expression.Literal(x.position(), org.quiverdb.values.value.NullValue.NULL);
        });
    }

    /** In an item mixing aggregates and other terms, the other terms may only read grouping keys. */
    private void implicitGrouping(Projection p, Set<String> before) {
        Map<String, String> keys = new HashMap<>();
        for (ReturnItem item : p.items()) {
            Expression e = item.expression();
            if (!Aggregates.containsAggregate(e)
                    && (e instanceof Expression.Variable || e instanceof Expression.Property)) {
                keys.put(ExpressionPrinter.print(e), item.name());
            }
        }
        for (ReturnItem item : p.items()) {
            Expression e = item.expression();
            if (!Aggregates.containsAggregate(e) || Aggregates.isAggregate(e)) {
                continue;
            }
            Expression rest = ExpressionRewriter.rewrite(withoutAggregates(e, before), x -> {
                String name = keys.get(ExpressionPrinter.print(x));
                return name == null ? null : new Expression.Variable(x.position(), "  KEY " + name);
            });
            for (String v : FreeVariables.of(rest)) {
                if (!v.startsWith("  KEY ")) {
                    throw errors.at(
                            e.position(),
                            "Aggregation column contains implicit grouping expressions. For"
                                    + " example, in 'RETURN n.a, n.a + n.b + count(*)' the aggregation expression"
                                    + " 'n.a + n.b + count(*)' includes the implicit grouping key 'n.b'.");
                }
            }
        }
    }

    private void checkCount(Expression e) {
        if (e == null) {
            return;
        }
        Set<String> vars = FreeVariables.of(e);
        if (!vars.isEmpty()) {
            throw errors.at(e.position(), "It is not allowed to refer to variables in SKIP or LIMIT");
        }
    }
}
