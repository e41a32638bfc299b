/**
 * The storage engine: the commit pipeline tying the graph store, snapshot registry, write-ahead log
 * and checkpoints together.
 */
package org.quiverdb.storage.engine;
