package org.quiverdb.cypher.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.quiverdb.cypher.api.Notification;
import org.quiverdb.cypher.ast.Clause;
import org.quiverdb.cypher.ast.NodePattern;
import org.quiverdb.cypher.ast.PatternPart;
import org.quiverdb.cypher.ast.Position;
import org.quiverdb.cypher.ast.Query;
import org.quiverdb.cypher.ast.RelationshipPattern;
import org.quiverdb.kernel.api.KernelTransaction;

/**
 * The performance notifications Neo4j 5 attaches to a statement at planning time, with its codes
 * and wording: a cartesian product between disconnected patterns of one MATCH, and shortestPath
 * over an unbounded length. Both depend on the query text only, so they are cached with the plan.
 * Stateless.
 */
final class PlanNotifications {
    static final String CARTESIAN = "Neo.ClientNotification.Statement.CartesianProduct";
    static final String UNBOUNDED = "Neo.ClientNotification.Statement.UnboundedVariableLengthPattern";
    private static final String INFORMATION = "INFORMATION";
    private static final String MISSING = " is not available in the database, make sure you didn't misspell it or that"
            + " the label is available when you run this statement in your application (the missing ";

    /** A label ({@code label}) or relationship type a MATCH pattern reads, where it reads it. */
    record TokenUse(boolean label, String name, Position position) {}

    private PlanNotifications() {}

    static List<Notification> of(Query query) {
        List<Notification> out = new ArrayList<>();
        for (List<Clause> part : query.parts()) {
            for (Clause c : part) {
                if (c instanceof Clause.Match m) {
                    cartesian(m, out);
                    unbounded(m, out);
                }
            }
        }
        return out;
    }

    private static void cartesian(Clause.Match m, List<Notification> out) {
        List<Set<String>> components = new ArrayList<>();
        for (PatternPart p : m.pattern()) {
            Set<String> vars = variables(p);
            List<Set<String>> touching = components.stream()
                    .filter(c -> c.stream().anyMatch(vars::contains))
                    .toList();
            components.removeAll(touching);
            for (Set<String> t : touching) {
                vars.addAll(t);
            }
            components.add(vars);
        }
        if (m.optional() || components.size() < 2) {
            return;
        }
        String identifiers = components.subList(1, components.size()).stream()
                .map(c -> "("
                        + c.stream().filter(v -> !v.startsWith(" ")).sorted().collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(", "));
        out.add(at(
                CARTESIAN,
                "This query builds a cartesian product between disconnected patterns.",
                "If a part of a query contains multiple disconnected patterns, this will build a cartesian product"
                        + " between all those parts. This may produce a large amount of data and slow down query"
                        + " processing. While occasionally intended, it may often be possible to reformulate the"
                        + " query that avoids the use of this cross product, perhaps by adding a relationship between"
                        + " the different parts or by using OPTIONAL MATCH (identifier is: " + identifiers + ")",
                m.position()));
    }

    private static Set<String> variables(PatternPart p) {
        Set<String> vars = new HashSet<>();
        for (NodePattern n : p.nodes()) {
            vars.add(n.variable());
        }
        for (RelationshipPattern r : p.relationships()) {
            vars.add(r.variable());
        }
        return vars;
    }

    private static void unbounded(Clause.Match m, List<Notification> out) {
        for (PatternPart p : m.pattern()) {
            if (p.shortest() == 0) {
                continue;
            }
            RelationshipPattern r = p.relationships().get(0);
            if (r.length() != null && r.length().max() == null) {
                out.add(at(
                        UNBOUNDED,
                        "The provided pattern is unbounded, consider adding an upper limit to the number of node"
                                + " hops.",
                        "Using shortest path with an unbounded pattern will likely result in long execution times."
                                + " It is recommended to use an upper limit to the number of node hops in your"
                                + " pattern.",
                        r.position()));
            }
        }
    }

    /** The labels and relationship types MATCH patterns read: checked again at each execution. */
    static List<TokenUse> tokenUses(Query query) {
        List<TokenUse> out = new ArrayList<>();
        for (List<Clause> part : query.parts()) {
            for (Clause c : part) {
                if (c instanceof Clause.Match m) {
                    for (PatternPart p : m.pattern()) {
                        for (NodePattern n : p.nodes()) {
                            n.labels().forEach(l -> out.add(new TokenUse(true, l, n.position())));
                        }
                        for (RelationshipPattern r : p.relationships()) {
                            r.types().forEach(t -> out.add(new TokenUse(false, t, r.position())));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Neo4j's UnknownLabelWarning / UnknownRelationshipTypeWarning for names with no token yet. */
    static List<Notification> unknownTokens(List<TokenUse> uses, KernelTransaction tx) {
        List<Notification> out = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (TokenUse u : uses) {
            boolean missing = u.label()
                    ? tx.labelToken(u.name()) == KernelTransaction.NO_TOKEN
                    : tx.relationshipTypeToken(u.name()) == KernelTransaction.NO_TOKEN;
            if (!missing || !reported.add(u.label() + u.name())) {
                continue;
            }
            Notification n = u.label()
                    ? new Notification(
                            "Neo.ClientNotification.Statement.UnknownLabelWarning",
                            "The provided label is not in the database.",
                            "One of the labels in your query" + MISSING + "label name is: " + u.name() + ")",
                            "WARNING",
                            u.position().offset(),
                            u.position().line(),
                            u.position().column())
                    : new Notification(
                            "Neo.ClientNotification.Statement.UnknownRelationshipTypeWarning",
                            "The provided relationship type is not in the database.",
                            "One of the relationship types in your query" + MISSING + "relationship type is: "
                                    + u.name() + ")",
                            "WARNING",
                            u.position().offset(),
                            u.position().line(),
                            u.position().column());
            out.add(n);
        }
        return out;
    }

    private static Notification at(String code, String title, String description, Position p) {
        return new Notification(code, title, description, INFORMATION, p.offset(), p.line(), p.column());
    }
}
