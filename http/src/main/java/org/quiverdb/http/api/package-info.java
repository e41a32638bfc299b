/**
 * The HTTP connector as the server module sees it: {@link org.quiverdb.http.api.HttpServer} is
 * constructed with the session layer and an {@link org.quiverdb.http.api.HttpServerConfig}, started
 * and stopped by the server's lifecycle.
 */
package org.quiverdb.http.api;
