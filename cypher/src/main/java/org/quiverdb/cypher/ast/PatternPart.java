package org.quiverdb.cypher.ast;

import java.util.List;

/**
 * One chain of a pattern, optionally named ({@code p = ...}): nodes.size() == relationships.size()
 * + 1, relationship i between node i and node i+1. {@code shortest} marks shortestPath (1) or
 * allShortestPaths (2), 0 otherwise.
 */
public record PatternPart(
        Position position,
        String pathVariable,
        List<NodePattern> nodes,
        List<RelationshipPattern> relationships,
        int shortest) {
    public PatternPart {
        nodes = List.copyOf(nodes);
        relationships = List.copyOf(relationships);
    }
}
