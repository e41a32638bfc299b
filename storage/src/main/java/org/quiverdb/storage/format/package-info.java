/**
 * Byte-level building blocks shared by every storage encoding: buffers, varints, and the encoding
 * of property values used by records, log entries and checkpoints.
 */
package org.quiverdb.storage.format;
