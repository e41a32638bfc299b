package org.quiverdb.bolt.fsm;

/**
 * What a connection tells clients about the server.
 *
 * @param connectionId the id sent in HELLO SUCCESS, e.g. {@code bolt-12}
 * @param advertisedAddress {@code host:port} put in routing tables
 */
public record ConnectionInfo(String connectionId, String advertisedAddress) {}
