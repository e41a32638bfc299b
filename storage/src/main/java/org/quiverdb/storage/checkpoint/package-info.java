/**
 * Checkpoints: a consistent snapshot of the whole store written in the background without stopping
 * writers, so recovery replays only the log after it and old log segments can be pruned.
 */
package org.quiverdb.storage.checkpoint;
