package org.quiverdb.cypher.ast;

/**
 * One item of a map projection: {@code .key} (expression null), {@code key: expr}, a bare
 * variable {@code v}, or {@code .*} (allProperties).
 */
public record MapProjectionItem(String key, Expression expression, boolean allProperties) {}
