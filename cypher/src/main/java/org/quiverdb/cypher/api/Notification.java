package org.quiverdb.cypher.api;

/**
 * A notification for the client, as Neo4j reports it (code, title, description, severity and the
 * position it refers to, -1 when none).
 */
public record Notification(
        String code, String title, String description, String severity, int offset, int line, int column) {}
