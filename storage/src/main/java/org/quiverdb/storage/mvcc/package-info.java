/** Multi-version concurrency: before-images of entities and the registry of open snapshots. */
package org.quiverdb.storage.mvcc;
