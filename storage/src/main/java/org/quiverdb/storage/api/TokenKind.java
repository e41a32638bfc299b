package org.quiverdb.storage.api;

/** The three token namespaces; each maps names to small ints independently. */
public enum TokenKind {
    LABEL,
    RELATIONSHIP_TYPE,
    PROPERTY_KEY
}
