/**
 * The write-ahead log, the spine of the system: versioned, checksummed entries of each committed
 * transaction's commands in segment files, group commit, rotation, pruning, and the reader that
 * recovery, backup and replication use.
 */
package org.quiverdb.storage.log;
