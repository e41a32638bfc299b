/**
 * The Netty side of HTTP: the channel pipeline (TLS, HTTP/1.1 codec, keep-alive, a bounded body
 * aggregator), the per-connection handler that hands each request to a worker thread so the event
 * loop never blocks, and the response writers (whole bodies, and chunked streams that wait for the
 * client to drain instead of buffering without bound).
 */
package org.quiverdb.http.transport;
