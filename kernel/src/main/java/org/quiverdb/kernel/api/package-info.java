/**
 * What the kernel offers the layers above: databases, transactions with snapshot isolation,
 * token and entity operations, counts, and the status-code catalogue of client-visible errors.
 */
package org.quiverdb.kernel.api;
