/**
 * The pipeline that ties the phases together: parse, check, plan (cached by query text), and run
 * lazily as a {@link org.quiverdb.cypher.api.QueryExecution}.
 */
package org.quiverdb.cypher.engine;
