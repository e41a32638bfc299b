/**
 * What the kernel sees of storage: the engine seam, snapshot views, the logical commands a
 * transaction commits (the transaction log's vocabulary), tokens, counts keys and failures.
 */
package org.quiverdb.storage.api;
