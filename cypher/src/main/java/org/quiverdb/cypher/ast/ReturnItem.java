package org.quiverdb.cypher.ast;

/** One projected item: expression, alias (null when none), and its source text (the column name). */
public record ReturnItem(Expression expression, String alias, String text) {
    /** The column name: the alias or the expression's text. */
    public String name() {
        return alias != null ? alias : text;
    }
}
