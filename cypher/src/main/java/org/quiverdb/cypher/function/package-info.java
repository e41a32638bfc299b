/** Cypher's scalar and aggregating functions, looked up by name at plan time. */
package org.quiverdb.cypher.function;
