package org.quiverdb.kernel.api;

import java.time.Duration;
import java.util.Objects;
import org.quiverdb.values.value.MapValue;

/**
 * How to begin a transaction.
 *
 * @param timeout the transaction's timeout; {@link Duration#ZERO} means the database default
 *     ({@code dbms.transaction.timeout})
 * @param metadata the client's {@code tx_metadata}, shown by {@code SHOW TRANSACTIONS}
 * @param accessMode READ or WRITE
 */
public record TransactionConfig(Duration timeout, MapValue metadata, AccessMode accessMode) {
    public static final TransactionConfig DEFAULT =
            new TransactionConfig(Duration.ZERO, MapValue.EMPTY, AccessMode.WRITE);

    public TransactionConfig {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(accessMode, "accessMode");
    }
}
