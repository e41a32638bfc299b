package org.quiverdb.http.api;

import java.net.InetSocketAddress;

/**
 * Where the listeners actually bound (a configured port 0 becomes a real port).
 *
 * @param http the HTTP address, or {@code null} when HTTP is disabled
 * @param https the HTTPS address, or {@code null} when HTTPS is disabled
 */
public record BoundAddresses(InetSocketAddress http, InetSocketAddress https) {}
