package org.quiverdb.cypher.ast;

/** The arrow of a relationship pattern, read left to right. */
public enum PatternDirection {
    LEFT_TO_RIGHT,
    RIGHT_TO_LEFT,
    UNDIRECTED
}
