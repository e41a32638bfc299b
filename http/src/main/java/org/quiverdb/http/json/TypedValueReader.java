package org.quiverdb.http.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.value.BooleanValue;
import org.quiverdb.values.value.BytesValue;
import org.quiverdb.values.value.DateTimeValue;
import org.quiverdb.values.value.DateValue;
import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.LocalDateTimeValue;
import org.quiverdb.values.value.LocalTimeValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.TimeValue;
import org.quiverdb.values.value.Value;

/**
 * Reads a parameter value in the Query API's typed JSON: {@code {"$type": "Integer", "_value":
 * "42"}}. Graph entities cannot be parameters. Anything malformed is {@code
 * Neo.ClientError.Request.InvalidFormat}. Stateless.
 */
public final class TypedValueReader {
    private TypedValueReader() {}

    /** Reads the typed value whose START_OBJECT is the parser's current token. */
    public static Value read(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw invalid("typed value: " + parser.currentToken() + " (expected: {\"$type\": ..., \"_value\": ...})");
        }
        TypedType type = null;
        Value value = null;
        boolean sawValue = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals("$type")) {
                type = TypedType.named(parser.getValueAsString());
                if (type == null) {
                    throw invalid("$type: '" + parser.getText() + "' (expected: a Query API type name)");
                }
            } else if (field.equals("_value")) {
                if (type == null) {
                    throw invalid("typed value: _value before $type (expected: $type first)");
                }
                value = readBare(parser, type);
                sawValue = true;
            } else {
                throw invalid("typed value: field '" + field + "' (expected: $type and _value)");
            }
        }
        if (!sawValue) {
            throw invalid("typed value: no _value (expected: {\"$type\": ..., \"_value\": ...})");
        }
        return value;
    }

    private static Value readBare(JsonParser parser, TypedType type) throws IOException {
        if (type == TypedType.NULL) {
            return NullValue.NULL;
        } else if (type == TypedType.LIST) {
            return readList(parser);
        } else if (type == TypedType.MAP) {
            return readMap(parser);
        } else if (type == TypedType.BOOLEAN) {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                throw invalid("Boolean: " + parser.getText() + " (expected: true or false)");
            }
            return BooleanValue.of(token == JsonToken.VALUE_TRUE);
        }
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw invalid(type.wireName() + ": " + parser.getText() + " (expected: a string)");
        }
        return fromText(type, parser.getText());
    }

    private static Value fromText(TypedType type, String text) {
        try {
            return switch (type) {
                case INTEGER -> IntegerValue.of(Long.parseLong(text));
                case FLOAT -> FloatValue.of(Double.parseDouble(text));
                case STRING -> StringValue.of(text);
                case BASE64 -> BytesValue.of(Base64.getDecoder().decode(text));
                case DATE -> new DateValue(LocalDate.parse(text));
                case TIME -> new TimeValue(OffsetTime.parse(text));
                case LOCAL_TIME -> new LocalTimeValue(LocalTime.parse(text));
                case OFFSET_DATE_TIME ->
                    new DateTimeValue(OffsetDateTime.parse(text).toZonedDateTime());
                case ZONED_DATE_TIME -> new DateTimeValue(ZonedDateTime.parse(text));
                case LOCAL_DATE_TIME -> new LocalDateTimeValue(LocalDateTime.parse(text));
                case DURATION -> TextParsers.duration(text);
                case POINT -> TextParsers.point(text);
                default -> throw invalid(type.wireName() + ": not accepted as a parameter (expected: a property type)");
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw invalid(type.wireName() + ": '" + text + "' (expected: " + type.wireName() + " text)");
        } catch (IllegalArgumentException e) {
            throw invalid(type.wireName() + ": '" + text + "' (" + e.getMessage() + ")");
        }
    }

    private static ListValue readList(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw invalid("List: " + parser.getText() + " (expected: an array of typed values)");
        }
        List<Value> values = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            values.add(read(parser));
        }
        return new ListValue(values);
    }

    /** Reads an object of typed values (the parser on its START_OBJECT). */
    public static MapValue readMap(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw invalid("Map: " + parser.getText() + " (expected: an object of typed values)");
        }
        Map<String, Value> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            map.put(key, read(parser));
        }
        return new MapValue(map);
    }

    private static QuiverException invalid(String message) {
        return new QuiverException(Status.REQUEST_INVALID_FORMAT, message);
    }
}
