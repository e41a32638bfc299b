package org.quiverdb.http.endpoint;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.quiverdb.http.json.JsonStreams;
import org.quiverdb.http.json.PlainValueReader;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.value.MapValue;

/**
 * Parses a transactional-endpoint body: {@code {"statements": [{"statement", "parameters",
 * "resultDataContents", "includeStats"}], "bookmarks": [...]}}. An empty body is a request
 * without statements. Anything else malformed is {@code Neo.ClientError.Request.InvalidFormat}.
 * Stateless.
 */
final class TxRequestParser {
    private TxRequestParser() {}

    static TxRequest parse(InputStream body) {
        try (JsonParser parser = JsonStreams.parser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return TxRequest.EMPTY;
            }
            expect(parser, first, JsonToken.START_OBJECT, "request body");
            List<TxStatement> statements = new ArrayList<>();
            List<String> bookmarks = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("statements")) {
                    expect(parser, value, JsonToken.START_ARRAY, "statements");
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        statements.add(statement(parser));
                    }
                } else if (field.equals("bookmarks")) {
                    bookmarks.addAll(strings(parser, "bookmarks"));
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw invalid("request body: content after the top-level object (expected: one JSON object)");
            }
            return new TxRequest(statements, bookmarks);
        } catch (JsonProcessingException e) {
            throw invalid("unable to deserialize request: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw invalid("unable to read request: " + e.getMessage());
        }
    }

    private static TxStatement statement(JsonParser parser) throws IOException {
        expect(parser, parser.currentToken(), JsonToken.START_OBJECT, "statement");
        String text = null;
        MapValue parameters = MapValue.EMPTY;
        Set<ResultFormat> formats = EnumSet.noneOf(ResultFormat.class);
        boolean includeStats = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "statement" -> {
                    expect(parser, value, JsonToken.VALUE_STRING, "statement");
                    text = parser.getText();
                }
                case "parameters" -> {
                    if (value != JsonToken.VALUE_NULL) {
                        expect(parser, value, JsonToken.START_OBJECT, "parameters");
                        parameters = PlainValueReader.readMap(parser);
                    }
                }
                case "resultDataContents" -> formats.addAll(formats(parser));
                case "includeStats" -> includeStats = value == JsonToken.VALUE_TRUE;
                default -> parser.skipChildren();
            }
        }
        if (text == null) {
            throw invalid("statement: missing 'statement' field (expected: {\"statement\": \"<cypher>\"})");
        }
        return new TxStatement(text, parameters, formats, includeStats);
    }

    private static Set<ResultFormat> formats(JsonParser parser) throws IOException {
        Set<ResultFormat> formats = EnumSet.noneOf(ResultFormat.class);
        for (String name : strings(parser, "resultDataContents")) {
            ResultFormat format = ResultFormat.named(name);
            if (format == null) {
                throw invalid("resultDataContents: '" + name + "' (expected: row or graph)");
            }
            formats.add(format);
        }
        return formats;
    }

    private static List<String> strings(JsonParser parser, String what) throws IOException {
        expect(parser, parser.currentToken(), JsonToken.START_ARRAY, what);
        List<String> values = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            expect(parser, parser.currentToken(), JsonToken.VALUE_STRING, what + " element");
            values.add(parser.getText());
        }
        return values;
    }

    private static void expect(JsonParser parser, JsonToken actual, JsonToken expected, String what)
            throws IOException {
        if (actual != expected) {
            String seen = actual == null ? "end of input" : actual + " '" + parser.getText() + "'";
            throw invalid(what + ": " + seen + " (expected: " + expected + ")");
        }
    }

    private static QuiverException invalid(String message) {
        return new QuiverException(Status.REQUEST_INVALID_FORMAT, message);
    }
}
