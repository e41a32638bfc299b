package org.quiverdb.kernel.tx;

import java.util.UUID;

/**
 * Element ids as Neo4j 5 exposes them: {@code 4:<database uuid>:<id>} for nodes and {@code
 * 5:<database uuid>:<id>} for relationships. Stable for the life of the entity. Immutable.
 */
final class ElementIds {
    private final String nodePrefix;
    private final String relationshipPrefix;

    ElementIds(UUID databaseId) {
        this.nodePrefix = "4:" + databaseId + ":";
        this.relationshipPrefix = "5:" + databaseId + ":";
    }

    String node(long id) {
        return nodePrefix + id;
    }

    String relationship(long id) {
        return relationshipPrefix + id;
    }

    long nodeId(String elementId) {
        return parse(elementId, nodePrefix);
    }

    long relationshipId(String elementId) {
        return parse(elementId, relationshipPrefix);
    }

    private static long parse(String elementId, String prefix) {
        if (elementId == null || !elementId.startsWith(prefix) || elementId.length() == prefix.length()) {
            return -1;
        }
        long id = 0;
        for (int i = prefix.length(); i < elementId.length(); i++) {
            char c = elementId.charAt(i);
            if (c < '0' || c > '9' || id > (Long.MAX_VALUE - 9) / 10) {
                return -1;
            }
            id = id * 10 + (c - '0');
        }
        return id;
    }
}
