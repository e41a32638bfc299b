package org.quiverdb.cypher.ast;

/** One ORDER BY key, with its source text (to match projected items). */
public record SortItem(Expression expression, boolean ascending, String text) {}
