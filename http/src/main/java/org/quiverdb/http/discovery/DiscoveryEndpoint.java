package org.quiverdb.http.discovery;

import com.fasterxml.jackson.core.JsonGenerator;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.quiverdb.http.json.JsonStreams;
import org.quiverdb.http.transport.Exchange;
import org.quiverdb.http.transport.MediaTypes;

/**
 * Answers {@code GET /} as Neo4j 5 does: {@code bolt_routing}, {@code bolt_direct}, {@code
 * transaction}, {@code query}, {@code neo4j_version}, {@code neo4j_edition}. Bolt addresses are the
 * advertised ones; a wildcard or empty advertised host is replaced by the host the client used, so
 * a client reaching the server by any name is told a name that works. Immutable.
 */
public final class DiscoveryEndpoint {
    /** The Neo4j version whose network surface Quiver reproduces. */
    public static final String NEO4J_VERSION = "5.26.0";

    public static final String NEO4J_EDITION = "community";

    private final String advertisedBoltHost;
    private final String advertisedBoltPort;

    /** @param advertisedBoltAddress {@code host:port}, {@code :port}, or {@code 0.0.0.0:port} */
    public DiscoveryEndpoint(String advertisedBoltAddress) {
        int colon = advertisedBoltAddress.lastIndexOf(':');
        if (colon < 0) {
            advertisedBoltHost = advertisedBoltAddress;
            advertisedBoltPort = "7687";
        } else {
            advertisedBoltHost = advertisedBoltAddress.substring(0, colon);
            advertisedBoltPort = advertisedBoltAddress.substring(colon + 1);
        }
    }

    public void handle(Exchange exchange) throws IOException {
        String bolt = boltHost(exchange) + ":" + advertisedBoltPort;
        String base = exchange.baseUri();
        ByteArrayOutputStream body = new ByteArrayOutputStream(256);
        try (JsonGenerator json = JsonStreams.generator(body)) {
            json.writeStartObject();
            json.writeStringField("bolt_routing", "neo4j://" + bolt);
            json.writeStringField("transaction", base + "/db/{databaseName}/tx");
            json.writeStringField("bolt_direct", "bolt://" + bolt);
            json.writeStringField("query", base + "/db/{databaseName}/query/v2");
            json.writeStringField("neo4j_version", NEO4J_VERSION);
            json.writeStringField("neo4j_edition", NEO4J_EDITION);
            json.writeEndObject();
        }
        exchange.respond(HttpResponseStatus.OK, MediaTypes.JSON, body.toByteArray(), Map.of());
    }

    private String boltHost(Exchange exchange) {
        boolean wildcard = advertisedBoltHost.isEmpty()
                || advertisedBoltHost.equals("0.0.0.0")
                || advertisedBoltHost.equals("::")
                || advertisedBoltHost.equals("[::]");
        return wildcard ? exchange.requestHostName() : advertisedBoltHost;
    }
}
