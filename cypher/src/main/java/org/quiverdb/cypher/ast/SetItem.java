package org.quiverdb.cypher.ast;

import java.util.List;

/** One item of SET (and of ON CREATE / ON MATCH). */
public sealed interface SetItem {
    /** {@code x.key = value}. */
    record SetProperty(Expression.Property target, Expression value) implements SetItem {}

    /** {@code n = map} (replace) or {@code n += map} (merge). */
    record SetProperties(Position position, String variable, Expression value, boolean merge) implements SetItem {}

    /** {@code n:A:B}. */
    record SetLabels(Position position, String variable, List<String> labels) implements SetItem {}

    /** REMOVE {@code x.key}. */
    record RemoveProperty(Expression.Property target) implements SetItem {}

    /** REMOVE {@code n:A:B}. */
    record RemoveLabels(Position position, String variable, List<String> labels) implements SetItem {}
}
