package org.quiverdb.cypher.ast;

/** The list predicates {@code all}, {@code any}, {@code none}, {@code single}. */
public enum Quantifier {
    ALL,
    ANY,
    NONE,
    SINGLE
}
