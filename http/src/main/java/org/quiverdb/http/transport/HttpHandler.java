package org.quiverdb.http.transport;

import java.io.IOException;

/**
 * Answers one request. Called on a worker thread, never on the event loop; may block. Must send
 * exactly one response through the exchange (the transport answers 500 if it sends none).
 */
@FunctionalInterface
public interface HttpHandler {
    void handle(Exchange exchange) throws IOException;
}
