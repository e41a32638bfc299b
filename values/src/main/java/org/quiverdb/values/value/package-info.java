/**
 * Cypher's values: the immutable types every layer passes around, from the store's properties
 * through the runtime's rows to PackStream and JSON on the wire.
 */
package org.quiverdb.values.value;
