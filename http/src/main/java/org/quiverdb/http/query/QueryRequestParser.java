package org.quiverdb.http.query;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quiverdb.http.json.JsonStreams;
import org.quiverdb.http.json.PlainValueReader;
import org.quiverdb.http.json.TypedValueReader;
import org.quiverdb.kernel.api.AccessMode;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.value.MapValue;

/**
 * Parses a Query API body: {@code {"statement", "parameters", "includeCounters", "bookmarks",
 * "accessMode"}}, parameters in plain or typed JSON. Malformed input is {@code
 * Neo.ClientError.Request.InvalidFormat}. Stateless.
 */
final class QueryRequestParser {
    private QueryRequestParser() {}

    /** Parses {@code body}; {@code typedParameters} when the Content-Type is typed JSON. */
    static QueryRequest parse(InputStream body, boolean typedParameters) {
        try (JsonParser parser = JsonStreams.parser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return QueryRequest.EMPTY;
            }
            if (first != JsonToken.START_OBJECT) {
                throw invalid("request body: " + first + " (expected: a JSON object)");
            }
            String statement = null;
            MapValue parameters = MapValue.EMPTY;
            boolean counters = false;
            List<String> bookmarks = new ArrayList<>();
            AccessMode mode = AccessMode.WRITE;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "statement" -> statement = string(parser, value, "statement");
                    case "parameters" -> parameters = parameters(parser, value, typedParameters);
                    case "includeCounters" -> counters = value == JsonToken.VALUE_TRUE;
                    case "bookmarks" -> bookmarks.addAll(bookmarks(parser, value));
                    case "accessMode" -> mode = accessMode(string(parser, value, "accessMode"));
                    default -> parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw invalid("request body: content after the top-level object (expected: one JSON object)");
            }
            return new QueryRequest(statement, parameters, counters, bookmarks, mode);
        } catch (JsonProcessingException e) {
            throw invalid("unable to deserialize request: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw invalid("unable to read request: " + e.getMessage());
        }
    }

    private static MapValue parameters(JsonParser parser, JsonToken value, boolean typed) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return MapValue.EMPTY;
        }
        if (value != JsonToken.START_OBJECT) {
            throw invalid("parameters: " + value + " (expected: an object)");
        }
        return typed ? TypedValueReader.readMap(parser) : PlainValueReader.readMap(parser);
    }

    private static List<String> bookmarks(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            throw invalid("bookmarks: " + value + " (expected: an array of strings)");
        }
        List<String> bookmarks = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            bookmarks.add(string(parser, parser.currentToken(), "bookmark"));
        }
        return bookmarks;
    }

    private static AccessMode accessMode(String text) {
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "READ" -> AccessMode.READ;
            case "WRITE" -> AccessMode.WRITE;
            default -> throw invalid("accessMode: '" + text + "' (expected: READ or WRITE)");
        };
    }

    private static String string(JsonParser parser, JsonToken value, String what) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            throw invalid(what + ": " + value + " (expected: a string)");
        }
        return parser.getText();
    }

    private static QuiverException invalid(String message) {
        return new QuiverException(Status.REQUEST_INVALID_FORMAT, message);
    }
}
