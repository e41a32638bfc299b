package org.quiverdb.cypher.ast;

import java.util.List;

/**
 * {@code -[v:T|U *min..max {props}]->}. {@code length} is null for a single hop; its bounds are
 * null when open.
 */
public record RelationshipPattern(
        Position position,
        String variable,
        List<String> types,
        PatternDirection direction,
        Expression properties,
        Range length) {
    public RelationshipPattern {
        types = List.copyOf(types);
    }

    /** A variable-length range; null bounds are open (min defaults to 1). */
    public record Range(Integer min, Integer max) {}
}
