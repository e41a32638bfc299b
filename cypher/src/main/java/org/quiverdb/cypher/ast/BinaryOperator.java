package org.quiverdb.cypher.ast;

/** Binary operators, with the text Cypher spells them with. */
public enum BinaryOperator {
    OR("OR"),
    XOR("XOR"),
    AND("AND"),
    EQ("="),
    NEQ("<>"),
    LT("<"),
    GT(">"),
    LE("<="),
    GE(">="),
    IN("IN"),
    STARTS_WITH("STARTS WITH"),
    ENDS_WITH("ENDS WITH"),
    CONTAINS("CONTAINS"),
    REGEX("=~"),
    ADD("+"),
    SUB("-"),
    MUL("*"),
    DIV("/"),
    MOD("%"),
    POW("^");

    private final String symbol;

    BinaryOperator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
