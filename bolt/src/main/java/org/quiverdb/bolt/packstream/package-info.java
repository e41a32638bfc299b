/**
 * PackStream, Bolt's binary value encoding: markers and sizes ({@link
 * org.quiverdb.bolt.packstream.PackStreamFormat}), primitive reading and writing, and the mapping
 * of Cypher values (graph, temporal, spatial structures) per negotiated dialect.
 */
package org.quiverdb.bolt.packstream;
