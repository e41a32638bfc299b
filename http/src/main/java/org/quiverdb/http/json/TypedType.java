package org.quiverdb.http.json;

/**
 * The {@code $type} names of the Query API's typed JSON ({@code application/vnd.neo4j.query}), in
 * Neo4j's spelling. A closed set: parameters naming any other type are rejected.
 */
public enum TypedType {
    NULL("Null"),
    BOOLEAN("Boolean"),
    INTEGER("Integer"),
    FLOAT("Float"),
    STRING("String"),
    BASE64("Base64"),
    LIST("List"),
    MAP("Map"),
    DATE("Date"),
    TIME("Time"),
    LOCAL_TIME("LocalTime"),
    OFFSET_DATE_TIME("OffsetDateTime"),
    ZONED_DATE_TIME("ZonedDateTime"),
    LOCAL_DATE_TIME("LocalDateTime"),
    DURATION("Duration"),
    POINT("Point"),
    NODE("Node"),
    RELATIONSHIP("Relationship"),
    PATH("Path");

    private final String wireName;

    TypedType(String wireName) {
        this.wireName = wireName;
    }

    /** The name as written in {@code $type}. */
    public String wireName() {
        return wireName;
    }

    /** The type named {@code wireName}, or {@code null} when there is none. */
    public static TypedType named(String wireName) {
        for (TypedType type : values()) {
            if (type.wireName.equals(wireName)) {
                return type;
            }
        }
        return null;
    }
}
