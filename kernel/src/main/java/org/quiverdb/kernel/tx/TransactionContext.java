package org.quiverdb.kernel.tx;

import java.time.Clock;
import org.quiverdb.storage.api.StorageEngine;

/**
 * What every transaction of one database shares: its name, engine, element id prefix material,
 * clock and registry. Immutable and thread-safe.
 *
 * @param databaseName the database's name, for messages
 * @param engine the storage engine
 * @param clock the clock deadlines are measured with
 * @param registry the database's open transactions
 * @param transactionMemoryMax {@code dbms.memory.transaction.max}; zero means unlimited
 * @param memoryPool the process-wide pool ({@code dbms.memory.transaction.total.max})
 */
public record TransactionContext(
        String databaseName,
        StorageEngine engine,
        Clock clock,
        TransactionRegistry registry,
        long transactionMemoryMax,
        MemoryPool memoryPool) {}
