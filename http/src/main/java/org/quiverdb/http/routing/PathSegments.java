package org.quiverdb.http.routing;

import java.util.ArrayList;
import java.util.List;

/** A request path split at {@code /}, empty segments dropped: {@code /db/neo4j/tx/} is [db, neo4j, tx]. Immutable. */
record PathSegments(List<String> segments) {
    PathSegments {
        segments = List.copyOf(segments);
    }

    static PathSegments of(String path) {
        List<String> segments = new ArrayList<>();
        int start = 0;
        while (start <= path.length()) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            if (end > start) {
                segments.add(path.substring(start, end));
            }
            start = end + 1;
        }
        return new PathSegments(segments);
    }

    int size() {
        return segments.size();
    }

    String get(int index) {
        return segments.get(index);
    }

    boolean is(int index, String text) {
        return index < segments.size() && segments.get(index).equals(text);
    }

    /** The segments from {@code index} on. */
    List<String> from(int index) {
        return segments.subList(Math.min(index, segments.size()), segments.size());
    }
}
