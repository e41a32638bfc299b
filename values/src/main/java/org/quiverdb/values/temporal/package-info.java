/** Temporal helpers shared by every layer: the text Neo4j prints for temporal values and durations. */
package org.quiverdb.values.temporal;
