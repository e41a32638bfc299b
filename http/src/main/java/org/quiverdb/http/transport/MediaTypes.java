package org.quiverdb.http.transport;

import java.util.Locale;

/**
 * The media types the API speaks: {@code application/json} and the Query API's typed JSON {@code
 * application/vnd.neo4j.query} (with or without a {@code .v1.1} version suffix). Parameters such as
 * {@code charset} are ignored. Stateless.
 */
public final class MediaTypes {
    public static final String JSON = "application/json";
    public static final String TYPED_JSON = "application/vnd.neo4j.query";

    private MediaTypes() {}

    /** True for a request body the JSON endpoints accept: JSON, typed JSON, or no type at all. */
    public static boolean acceptsAsJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = essence(contentType);
        return type.equals(JSON) || type.startsWith(TYPED_JSON) || type.equals("*/*");
    }

    /** True when {@code header} (Content-Type or Accept) names the typed JSON format. */
    public static boolean isTypedJson(String header) {
        return header != null && header.toLowerCase(Locale.ROOT).contains(TYPED_JSON);
    }

    /**
     * The typed-JSON media type the client asked for in {@code accept} (so an older client asking
     * for {@code application/vnd.neo4j.query} gets that back), or the current versioned one.
     */
    public static String typedJsonAnswerType(String accept) {
        if (accept != null) {
            for (String part : accept.split(",", -1)) {
                String type = essence(part);
                if (type.startsWith(TYPED_JSON)) {
                    return type;
                }
            }
        }
        return TYPED_JSON + ".v1.1";
    }

    private static String essence(String contentType) {
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.trim().toLowerCase(Locale.ROOT);
    }
}
