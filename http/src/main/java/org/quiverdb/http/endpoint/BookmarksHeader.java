package org.quiverdb.http.endpoint;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.quiverdb.http.json.JsonStreams;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;

/**
 * The transactional endpoint's {@code Bookmarks} request header, where Neo4j 5 takes the bookmarks
 * to wait for: a JSON array of strings ({@code ["FB:...", "FB:..."]}); a bare comma-separated list
 * is accepted too. Stateless.
 */
final class BookmarksHeader {
    static final String NAME = "Bookmarks";

    private BookmarksHeader() {}

    /** The bookmarks in {@code header}; none when it is absent or blank. */
    static List<String> parse(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        String text = header.trim();
        if (!text.startsWith("[")) {
            List<String> bookmarks = new ArrayList<>();
            for (String part : text.split(",", -1)) {
                if (!part.isBlank()) {
                    bookmarks.add(part.trim());
                }
            }
            return bookmarks;
        }
        try (JsonParser parser = JsonStreams.parser(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            parser.nextToken();
            List<String> bookmarks = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
                bookmarks.add(parser.getText());
            }
            if (token != JsonToken.END_ARRAY || parser.nextToken() != null) {
                throw invalid(text);
            }
            return bookmarks;
        } catch (JsonProcessingException e) {
            throw invalid(text);
        } catch (IOException e) {
            throw new QuiverException(
                    Status.REQUEST_INVALID_FORMAT, "Bookmarks header unreadable: " + e.getMessage(), e);
        }
    }

    private static QuiverException invalid(String text) {
        return new QuiverException(
                Status.REQUEST_INVALID_FORMAT,
                "Bookmarks header: '" + text + "' (expected: a JSON array of bookmark strings)");
    }
}
