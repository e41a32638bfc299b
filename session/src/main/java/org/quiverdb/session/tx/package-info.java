/**
 * Sessions on the kernel: auto-commit statements (committed when their result is exhausted or
 * discarded, rolled back on error), explicit transactions, streamed results and bookmark waits.
 */
package org.quiverdb.session.tx;
