/** Storage and transaction benchmarks: footprint, commit throughput, recovery, churn. */
package org.quiverdb.bench.storage;
