package org.quiverdb.cypher.api;

/** The kind of query, as Bolt's {@code type} field and the drivers' summary name it. */
public enum QueryType {
    READ_ONLY("r"),
    READ_WRITE("rw"),
    WRITE("w"),
    SCHEMA_WRITE("s");

    private final String code;

    QueryType(String code) {
        this.code = code;
    }

    /** The Bolt code: r, rw, w or s. */
    public String code() {
        return code;
    }
}
