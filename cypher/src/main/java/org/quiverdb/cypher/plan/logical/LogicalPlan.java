package org.quiverdb.cypher.plan.logical;

import java.util.List;
import org.quiverdb.cypher.ast.Clause;
import org.quiverdb.cypher.ast.Expression;
import org.quiverdb.cypher.ast.PatternPart;
import org.quiverdb.cypher.ast.RelationshipPattern;
import org.quiverdb.cypher.ast.SetItem;
import org.quiverdb.kernel.api.Direction;

/**
 * A logical operator. Leaves are {@link Argument} (the row the plan starts from); every other
 * operator reads the rows of its {@code source}. Variables are names here; slots come later.
 * Immutable.
 */
public sealed interface LogicalPlan {
    /** The input row: empty at the top, the outer row inside Optional, Apply and sub-plans. */
    record Argument() implements LogicalPlan {}

    /** All nodes, or the nodes with {@code label} (null for all), bound to {@code variable}. */
    record NodeScan(LogicalPlan source, String variable, String label, long estimatedRows) implements LogicalPlan {}

    /**
     * From bound {@code from} along relationships of {@code types} in {@code direction}, binding
     * {@code relationship} and {@code to}; {@code into} when {@code to} is already bound (checked,
     * not bound). {@code length} non-null for variable length (relationship bound to a list);
     * {@code properties} then filters every relationship on the way.
     */
    record Expand(
            LogicalPlan source,
            String from,
            String relationship,
            String to,
            Direction direction,
            List<String> types,
            boolean into,
            RelationshipPattern.Range length,
            Expression properties,
            boolean reversed)
            implements LogicalPlan {}

    /**
     * Shortest path(s) between the bound end nodes of {@code pattern} (one relationship), binding
     * its relationship variable (a list when variable length) and path variable (may be null).
     * {@code predicate} (may be null) must hold for a path to count; {@code all} asks for every
     * path of the minimal length instead of one.
     */
    record ShortestPath(LogicalPlan source, PatternPart pattern, Expression predicate, boolean all)
            implements LogicalPlan {}

    record Filter(LogicalPlan source, Expression predicate) implements LogicalPlan {}

    /** Relationships bound to these variables (single or lists) are pairwise distinct. */
    record DistinctRelationships(LogicalPlan source, List<String> relationships) implements LogicalPlan {}

    /** Binds a path variable from the bound elements of {@code pattern}. */
    record BindPath(LogicalPlan source, PatternPart pattern) implements LogicalPlan {}

    /** For each source row, the rows of {@code inner}; or one row with {@code introduced} null. */
    record Optional(LogicalPlan source, LogicalPlan inner, List<String> introduced) implements LogicalPlan {}

    /** For each source row, the rows of {@code inner} (CALL { } subquery; unit ones keep the row). */
    record Apply(LogicalPlan source, LogicalPlan inner, boolean unit) implements LogicalPlan {}

    /** Adds computed columns to the scope (old variables stay visible until {@link Select}). */
    record Projection(LogicalPlan source, List<Named> items) implements LogicalPlan {}

    /** Restricts the scope to {@code names} (no runtime work). */
    record Select(LogicalPlan source, List<String> names) implements LogicalPlan {}

    record Aggregation(LogicalPlan source, List<Named> groupings, List<Named> aggregates) implements LogicalPlan {}

    record Distinct(LogicalPlan source, List<String> names) implements LogicalPlan {}

    record Sort(LogicalPlan source, List<SortKey> keys) implements LogicalPlan {}

    record Skip(LogicalPlan source, Expression count) implements LogicalPlan {}

    record Limit(LogicalPlan source, Expression count) implements LogicalPlan {}

    record Unwind(LogicalPlan source, Expression list, String variable) implements LogicalPlan {}

    record Create(LogicalPlan source, List<PatternPart> pattern) implements LogicalPlan {}

    /** Matches {@code pattern} via {@code match} (a sub-plan from Argument) or creates it. */
    record Merge(
            LogicalPlan source, PatternPart pattern, LogicalPlan match, List<SetItem> onCreate, List<SetItem> onMatch)
            implements LogicalPlan {}

    record Update(LogicalPlan source, List<SetItem> items) implements LogicalPlan {}

    record Delete(LogicalPlan source, boolean detach, List<Expression> expressions) implements LogicalPlan {}

    /** Runs {@code body} (a sub-plan from Argument with {@code variable} bound) per element. */
    record Foreach(LogicalPlan source, String variable, Expression list, LogicalPlan body) implements LogicalPlan {}

    /** Materialises every source row before passing the first on (separates reads from writes). */
    record Eager(LogicalPlan source) implements LogicalPlan {}

    record ProcedureCall(LogicalPlan source, Clause.CallProcedure call, List<String> yielded) implements LogicalPlan {}

    record Union(LogicalPlan left, LogicalPlan right, boolean all, List<String> columns) implements LogicalPlan {}

    /** The result: these columns, in order. */
    record Produce(LogicalPlan source, List<String> columns) implements LogicalPlan {}

    /** A named expression. */
    record Named(String name, Expression expression) {}

    record SortKey(Expression expression, boolean ascending) {}
}
