/** The discovery document at {@code GET /}: where Bolt and the HTTP endpoints are, and which Neo4j this is. */
package org.quiverdb.http.discovery;
