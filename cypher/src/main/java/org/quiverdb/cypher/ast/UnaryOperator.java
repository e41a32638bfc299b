package org.quiverdb.cypher.ast;

/** Unary operators: prefix NOT, minus, plus; postfix IS NULL and IS NOT NULL. */
public enum UnaryOperator {
    NOT,
    NEGATE,
    PLUS,
    IS_NULL,
    IS_NOT_NULL
}
