package org.quiverdb.cypher.ast;

import java.util.List;

/** {@code (v:Label {props})}; the variable is generated when the query leaves it out. */
public record NodePattern(Position position, String variable, List<String> labels, Expression properties) {
    public NodePattern {
        labels = List.copyOf(labels);
    }
}
