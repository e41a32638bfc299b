package org.quiverdb.storage.log;

import java.io.IOException;
import java.util.List;
import org.quiverdb.storage.api.Command;

/**
 * Where committed transactions become durable, in transaction id order. {@link #append} runs
 * while commits are serialized; {@link #awaitDurable} runs outside that, so concurrent committers
 * can share one fsync. Implementations are thread-safe.
 */
public interface CommitLog extends AutoCloseable {
    /** Appends (buffered) the entry of {@code txId}; ids arrive strictly ascending. */
    void append(long txId, List<Command> commands) throws IOException;

    /** Returns once {@code txId} and every earlier entry are on stable storage. */
    void awaitDurable(long txId) throws IOException;

    @Override
    void close() throws IOException;

    /** The log of a database without files: nothing to append, everything is "durable". */
    static CommitLog none() {
        return new CommitLog() {
            @Override
            public void append(long txId, List<Command> commands) {}

            @Override
            public void awaitDurable(long txId) {}

            @Override
            public void close() {}
        };
    }
}
