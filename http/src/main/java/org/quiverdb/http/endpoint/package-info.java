/**
 * Neo4j's transactional Cypher endpoint ({@code /db/{db}/tx...} and the 3.x {@code
 * /db/data/transaction...} paths): requests parsed into statements, statements run through the
 * session layer, results streamed back in the row and graph formats, errors reported with Neo4j
 * status codes in the body as Neo4j does (HTTP 200 unless the transaction or database is unknown).
 */
package org.quiverdb.http.endpoint;
