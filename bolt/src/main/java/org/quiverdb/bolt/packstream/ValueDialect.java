package org.quiverdb.bolt.packstream;

/**
 * Which value encodings a connection uses, fixed by the negotiated Bolt version (and, for 4.3/4.4,
 * the {@code utc} patch).
 *
 * @param temporalAndSpatial temporal and point structures exist (Bolt 2+)
 * @param utcDateTime date-times use the UTC tags {@code I}/{@code i} instead of the legacy {@code
 *     F}/{@code f} (Bolt 5, or 4.3/4.4 with the {@code utc} patch)
 * @param elementIds nodes and relationships carry element ids (Bolt 5)
 */
public record ValueDialect(boolean temporalAndSpatial, boolean utcDateTime, boolean elementIds) {}
