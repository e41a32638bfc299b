/**
 * JSON on the wire, written and read with Jackson's streaming API only (no object mapping): Cypher
 * values in the transactional endpoint's row and graph formats and the Query API's plain and typed
 * formats, parameters read back into values, temporal and spatial text, and Neo4j error objects.
 */
package org.quiverdb.http.json;
