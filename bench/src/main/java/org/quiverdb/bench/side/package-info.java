/**
 * The side-by-side runner: Quiver (from the distribution) and Neo4j Community 5.26 (in a child
 * JVM on the neo4j-harness classpath) started with the same heap and GC flags on loopback, loaded
 * with the same generated graph through the official driver, measured workload by workload in
 * alternating rounds, and reported as JSON, a markdown table and a PNG chart of the ratios.
 */
package org.quiverdb.bench.side;
