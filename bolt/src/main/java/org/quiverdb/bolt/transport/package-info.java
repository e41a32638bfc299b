/**
 * Bolt on Netty: the handshake handler, the per-connection pipeline (chunks → requests) and the
 * worker that runs each connection's requests in order off the event loop and streams responses
 * back with back-pressure.
 */
package org.quiverdb.bolt.transport;
