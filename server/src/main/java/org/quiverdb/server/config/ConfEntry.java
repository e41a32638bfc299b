package org.quiverdb.server.config;

/** One {@code key=value} as written (key trimmed, value trimmed and ${ENV}-expanded). Immutable. */
record ConfEntry(String key, String value, Origin origin) {}
