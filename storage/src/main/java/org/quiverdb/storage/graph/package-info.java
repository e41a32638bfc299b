/**
 * The committed graph in compact primitive layouts: arrays indexed by id, packed records in a paged
 * heap, adjacency lists per node, tokens, id pools; applying commits and reclaiming old versions.
 */
package org.quiverdb.storage.graph;
