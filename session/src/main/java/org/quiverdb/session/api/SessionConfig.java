package org.quiverdb.session.api;

/**
 * How to open a session.
 *
 * @param user the authenticated user name (empty when auth is disabled)
 * @param database the database name, or {@code null} for the default database
 */
public record SessionConfig(String user, String database) {}
