package org.quiverdb.http.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.value.BooleanValue;
import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/**
 * Reads a parameter value from plain JSON: integral numbers that fit 64 bits become INTEGER, other
 * numbers FLOAT, arrays LIST, objects MAP. Nesting depth is bounded by the parser's constraints.
 * Stateless.
 */
public final class PlainValueReader {
    private PlainValueReader() {}

    /** Reads the value starting at the parser's current token; leaves the parser on its last token. */
    public static Value read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new QuiverException(
                    Status.REQUEST_INVALID_FORMAT, "parameter value: end of input (expected: a value)");
        }
        return switch (token) {
            case VALUE_NULL -> NullValue.NULL;
            case VALUE_TRUE -> BooleanValue.TRUE;
            case VALUE_FALSE -> BooleanValue.FALSE;
            case VALUE_STRING -> StringValue.of(parser.getText());
            case VALUE_NUMBER_INT -> integral(parser);
            case VALUE_NUMBER_FLOAT -> FloatValue.of(parser.getDoubleValue());
            case START_ARRAY -> readList(parser);
            case START_OBJECT -> readMap(parser);
            default ->
                throw new QuiverException(
                        Status.REQUEST_INVALID_FORMAT, "parameter value: unexpected " + token + " (expected: a value)");
        };
    }

    private static Value integral(JsonParser parser) throws IOException {
        JsonParser.NumberType type = parser.getNumberType();
        if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
            return IntegerValue.of(parser.getLongValue());
        }
        return FloatValue.of(parser.getDoubleValue());
    }

    private static ListValue readList(JsonParser parser) throws IOException {
        List<Value> values = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            values.add(read(parser));
        }
        return new ListValue(values);
    }

    /** Reads an object (the parser on its START_OBJECT) into a map. */
    public static MapValue readMap(JsonParser parser) throws IOException {
        Map<String, Value> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            map.put(key, read(parser));
        }
        return new MapValue(map);
    }
}
