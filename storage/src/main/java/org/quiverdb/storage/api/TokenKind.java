package org.quiverdb.storage.api;

/** The three token namespaces; each maps names to small ints independently. */
public enum TokenKind {
    LABEL(0),
    RELATIONSHIP_TYPE(1),
    PROPERTY_KEY(2);

    private final int code;

    TokenKind(int code) {
        this.code = code;
    }

    /** The byte that stands for this kind in the log and in checkpoints. */
    public int code() {
        return code;
    }

    /** The kind for a stored code, or null when the code is unknown. */
    public static TokenKind ofCode(int code) {
        for (TokenKind kind : values()) {
            if (kind.code == code) {
                return kind;
            }
        }
        return null;
    }
}
