package org.quiverdb.cypher.ast;

/** A place in the query text: 0-based offset, 1-based line and column. Immutable. */
public record Position(int offset, int line, int column) {
    public static final Position NONE = new Position(0, 1, 1);
}
