package org.quiverdb.cypher.semantic;

import java.util.HashSet;
import java.util.Set;
import org.quiverdb.cypher.ast.Expression;
import org.quiverdb.cypher.ast.MapProjectionItem;
import org.quiverdb.cypher.ast.NodePattern;
import org.quiverdb.cypher.ast.PatternPart;
import org.quiverdb.cypher.ast.RelationshipPattern;
import org.quiverdb.cypher.function.Aggregations;
import org.quiverdb.cypher.function.Functions;
import org.quiverdb.cypher.rewrite.Aggregates;
import org.quiverdb.cypher.rewrite.ExpressionRewriter;

/**
 * Checks one expression against the variables in scope: every variable read is defined,
 * functions exist, aggregations appear only where allowed and not nested. Postcondition: the
 * expression compiles against any scope holding {@code scope}. Stateless apart from the errors.
 */
final class ExpressionChecker {
    private final SemanticErrors errors;
    private boolean patternsAllowed;
    private java.util.Map<String, SemanticAnalyzer.Kind> kinds = java.util.Map.of();

    /** What the variables in scope are bound to, for type checks of graph functions. */
    void kinds(java.util.Map<String, SemanticAnalyzer.Kind> current) {
        this.kinds = current;
    }

    private SemanticAnalyzer.Kind kindOf(Expression e) {
        return e instanceof Expression.Variable v ? kinds.get(v.name()) : null;
    }

    private void graphArgument(String function, Expression arg) {
        SemanticAnalyzer.Kind k = kindOf(arg);
        if (k == null || k == SemanticAnalyzer.Kind.ANY || k == SemanticAnalyzer.Kind.VALUE) {
            return;
        }
        boolean ok =
                switch (function) {
                    case "type", "startnode", "endnode" -> k == SemanticAnalyzer.Kind.RELATIONSHIP;
                    case "length", "nodes", "relationships" -> k == SemanticAnalyzer.Kind.PATH;
                    case "labels" -> k == SemanticAnalyzer.Kind.NODE;
                    case "size" -> false;
                    default -> true;
                };
        if (!ok) {
            throw errors.at(
                    arg.position(),
                    "Type mismatch: " + function + "() does not accept a "
                            + k.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    ExpressionChecker(SemanticErrors errors) {
        this.errors = errors;
    }

    /** Checks a WHERE predicate: the one place bare pattern predicates are allowed. */
    void checkPredicate(Expression e, Set<String> scope) {
        patternsAllowed = true;
        try {
            check(e, scope, false);
        } finally {
            patternsAllowed = false;
        }
        notAnEntity(e);
    }

    /** A predicate that is a node, relationship or path on its own (as in {@code WHERE (n)}) is no Boolean. */
    private void notAnEntity(Expression e) {
        if (e instanceof Expression.PatternPredicate p
                && p.pattern().relationships().isEmpty()) {
            throw mismatch(e, "Boolean", "Node");
        }
        SemanticAnalyzer.Kind k = kindOf(e);
        if (k == SemanticAnalyzer.Kind.NODE
                || k == SemanticAnalyzer.Kind.RELATIONSHIP
                || k == SemanticAnalyzer.Kind.PATH) {
            String name = k.name().charAt(0) + k.name().substring(1).toLowerCase(java.util.Locale.ROOT);
            throw mismatch(e, "Boolean", name);
        }
    }

    void check(Expression e, Set<String> scope, boolean aggregationAllowed) {
        if (e == null) {
            return;
        }
        if (e instanceof Expression.Variable v) {
            if (!scope.contains(v.name())) {
                throw errors.at(v.position(), "Variable `" + v.name() + "` not defined");
            }
        } else if (e instanceof Expression.FunctionCall f) {
            String lower = f.name().toLowerCase(java.util.Locale.ROOT);
            if (!f.arguments().isEmpty()) {
                String t = StaticTypes.of(f.arguments().get(0));
                if (t != null
                        && (StaticTypes.ENTITY_FUNCTIONS.contains(lower)
                                || (lower.equals("properties") && !t.equals("Map")))) {
                    throw mismatch(f.arguments().get(0), "Node, Relationship or Map", t);
                }
            }
            if (!f.arguments().isEmpty()) {
                graphArgument(lower, f.arguments().get(0));
            }
            boolean aggregate = Aggregations.isAggregate(f.name());
            if (aggregate && !aggregationAllowed) {
                throw errors.at(
                        f.position(), "Invalid use of aggregating function " + f.name() + "(...) in this context");
            }
            if (!aggregate && !Functions.exists(f.name()) && !f.name().startsWith(" ")) {
                throw errors.at(f.position(), "Unknown function '" + f.name() + "'");
            }
            for (Expression a : f.arguments()) {
                if (aggregate && Aggregates.containsAggregate(a)) {
                    throw errors.at(a.position(), "Can't use aggregate functions inside of aggregate functions.");
                }
                if (aggregate && ExpressionRewriter.contains(a, ExpressionChecker::isRandom)) {
                    throw errors.at(
                            a.position(),
                            "Can't use non-deterministic (random) functions inside of aggregate functions.");
                }
                check(a, scope, aggregationAllowed);
            }
        } else if (e instanceof Expression.CountStar c) {
            if (!aggregationAllowed) {
                throw errors.at(c.position(), "Invalid use of aggregating function count(...) in this context");
            }
        } else {
            children(e, scope, aggregationAllowed);
        }
    }

    private static boolean isRandom(Expression e) {
        return e instanceof Expression.FunctionCall f && f.name().equalsIgnoreCase("rand");
    }

    private void children(Expression e, Set<String> scope, boolean agg) {
        if (e instanceof Expression.Property p) {
            if (kindOf(p.subject()) == SemanticAnalyzer.Kind.PATH) {
                throw errors.at(p.position(), "Type mismatch: expected Map, Node or Relationship but was Path");
            }
            check(p.subject(), scope, agg);
        } else if (e instanceof Expression.Subscript s) {
            check(s.subject(), scope, agg);
            check(s.index(), scope, agg);
        } else if (e instanceof Expression.Slice s) {
            check(s.subject(), scope, agg);
            check(s.from(), scope, agg);
            check(s.to(), scope, agg);
        } else if (e instanceof Expression.Binary b) {
            staticBinary(b);
            check(b.left(), scope, agg);
            check(b.right(), scope, agg);
        } else if (e instanceof Expression.Unary u) {
            if (u.operator() == org.quiverdb.cypher.ast.UnaryOperator.NOT) {
                requireType(u.operand(), "Boolean");
            }
            check(u.operand(), scope, agg);
        } else if (e instanceof Expression.ListLiteral l) {
            l.elements().forEach(x -> check(x, scope, agg));
        } else if (e instanceof Expression.MapLiteral m) {
            m.values().forEach(x -> check(x, scope, agg));
        } else if (e instanceof Expression.Case c) {
            check(c.subject(), scope, agg);
            c.whens().forEach(x -> check(x, scope, agg));
            c.thens().forEach(x -> check(x, scope, agg));
            check(c.otherwise(), scope, agg);
        } else if (e instanceof Expression.LabelCheck l) {
            check(l.subject(), scope, agg);
        } else {
            scoped(e, scope, agg);
        }
    }

    private void scoped(Expression e, Set<String> scope, boolean agg) {
        if (e instanceof Expression.ListComprehension lc) {
            requireType(lc.source(), "List<T>");
            check(lc.source(), scope, agg);
            Set<String> inner = with(scope, lc.variable());
            check(lc.where(), inner, false);
            check(lc.projection(), inner, false);
        } else if (e instanceof Expression.Quantified q) {
            requireType(q.source(), "List<T>");
            QuantifierElementTypes.check(q, errors);
            check(q.source(), scope, agg);
            check(q.where(), with(scope, q.variable()), false);
        } else if (e instanceof Expression.Reduce r) {
            check(r.initial(), scope, agg);
            check(r.source(), scope, agg);
            check(r.body(), with(with(scope, r.accumulator()), r.variable()), false);
        } else if (e instanceof Expression.MapProjection m) {
            if (!scope.contains(m.variable())) {
                throw errors.at(m.position(), "Variable `" + m.variable() + "` not defined");
            }
            for (MapProjectionItem item : m.items()) {
                check(item.expression(), scope, agg);
            }
        } else if (e instanceof Expression.PatternPredicate p) {
            if (!patternsAllowed) {
                throw errors.at(
                        p.position(),
                        "A pattern expression should only be used in order to test the existence"
                                + " of a pattern. It can no longer be used inside the function size(), an alternative is to"
                                + " replace size() with COUNT {}.");
            }
            patternPredicate(p.pattern(), scope);
        } else if (e instanceof Expression.PatternComprehension pc) {
            Set<String> inner = new HashSet<>(scope);
            FreeVariables.pattern(pc.pattern(), inner);
            if (pc.pattern().pathVariable() != null) {
                inner.add(pc.pattern().pathVariable());
            }
            check(pc.where(), inner, false);
            check(pc.projection(), inner, false);
        } else if (e instanceof Expression.ExistsSubquery x) {
            readOnly(x.query(), x.position());
        } else if (e instanceof Expression.CountSubquery x) {
            readOnly(x.query(), x.position());
        }
    }

    private void readOnly(org.quiverdb.cypher.ast.Query q, org.quiverdb.cypher.ast.Position p) {
        for (var part : q.parts()) {
            for (org.quiverdb.cypher.ast.Clause c : part) {
                if (c instanceof org.quiverdb.cypher.ast.Clause.Create
                        || c instanceof org.quiverdb.cypher.ast.Clause.Merge
                        || c instanceof org.quiverdb.cypher.ast.Clause.Update
                        || c instanceof org.quiverdb.cypher.ast.Clause.Delete
                        || c instanceof org.quiverdb.cypher.ast.Clause.Foreach) {
                    throw errors.at(c.position(), "An Exists Expression cannot contain any updates");
                }
            }
        }
        assert p != null;
    }

    private void patternPredicate(PatternPart p, Set<String> scope) {
        for (NodePattern n : p.nodes()) {
            if (!n.variable().startsWith(" ") && !scope.contains(n.variable())) {
                throw errors.at(
                        n.position(),
                        "PatternExpressions are not allowed to introduce new variables: '" + n.variable() + "'.");
            }
            check(n.properties(), scope, false);
        }
        for (RelationshipPattern r : p.relationships()) {
            if (!r.variable().startsWith(" ") && !scope.contains(r.variable())) {
                throw errors.at(
                        r.position(),
                        "PatternExpressions are not allowed to introduce new variables: '" + r.variable() + "'.");
            }
            check(r.properties(), scope, false);
        }
    }

    private void staticBinary(Expression.Binary b) {
        switch (b.operator()) {
            case AND, OR, XOR -> {
                requireType(b.left(), "Boolean");
                requireType(b.right(), "Boolean");
            }
            case IN -> requireType(b.right(), "List<T>");
            default -> {
                // other operators are checked when they run
            }
        }
    }

    private void requireType(Expression e, String expected) {
        String t = StaticTypes.of(e);
        if (t != null && !t.equals(expected)) {
            throw mismatch(e, expected, t);
        }
    }

    private RuntimeException mismatch(Expression e, String expected, String actual) {
        return errors.at(e.position(), "Type mismatch: expected " + expected + " but was " + actual);
    }

    private static Set<String> with(Set<String> scope, String name) {
        Set<String> s = new HashSet<>(scope);
        s.add(name);
        return s;
    }
}
