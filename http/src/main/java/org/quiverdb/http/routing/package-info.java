/**
 * Maps a request's method and path to the endpoint that answers it, and answers unknown paths,
 * wrong methods and unsupported content types itself.
 */
package org.quiverdb.http.routing;
