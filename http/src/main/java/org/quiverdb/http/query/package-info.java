/**
 * Neo4j's Query API ({@code POST /db/{db}/query/v2} and its explicit transactions under {@code
 * /query/v2/tx}): one statement per request, results in plain JSON or typed JSON, counters,
 * bookmarks and access mode; errors as HTTP 4xx/5xx with Neo4j codes in the body.
 */
package org.quiverdb.http.query;
