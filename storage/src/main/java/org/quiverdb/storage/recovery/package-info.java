/**
 * Recovery on start (newest valid checkpoint plus the log after it) and the consistency checker
 * that tests and {@code quiver-admin check} run over a store.
 */
package org.quiverdb.storage.recovery;
