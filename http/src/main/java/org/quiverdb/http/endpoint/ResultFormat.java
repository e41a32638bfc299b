package org.quiverdb.http.endpoint;

/** The {@code resultDataContents} a statement may ask for. */
enum ResultFormat {
    ROW("row"),
    GRAPH("graph");

    private final String wireName;

    ResultFormat(String wireName) {
        this.wireName = wireName;
    }

    /** The format named {@code name} (any case), or {@code null}. */
    static ResultFormat named(String name) {
        for (ResultFormat format : values()) {
            if (format.wireName.equalsIgnoreCase(name)) {
                return format;
            }
        }
        return null;
    }
}
