/**
 * Transactions: a snapshot of the store with the transaction's own staged writes over it,
 * read-your-own-writes, counts, termination and timeouts, and the commit that turns staged writes
 * into storage commands.
 */
package org.quiverdb.kernel.tx;
