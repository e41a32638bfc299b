package org.quiverdb.storage.graph;

import org.quiverdb.storage.api.CountsDelta;

/**
 * What one applied commit left behind for older snapshots: the entities it versioned (so their
 * before-images are dropped when it is reclaimed) and its counts delta (subtracted by snapshots
 * older than it). Guarded by the store's lock.
 */
record CommitRecord(long txId, LongStack nodes, LongStack relationships, CountsDelta counts) {}
