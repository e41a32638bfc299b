package org.quiverdb.bolt.message;

import java.util.List;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.value.MapValue;

/** A decoded client request. Immutable records, one per message kind; INIT is read as HELLO. */
public sealed interface Request {
    /**
     * HELLO (Bolt 3+) or INIT (Bolt 1/2). {@code extra} holds every key, auth keys included
     * (INIT's auth map is merged in), {@code user_agent} too.
     */
    record Hello(MapValue extra) implements Request {}

    /** LOGON (5.1+): the auth token map. */
    record Logon(MapValue auth) implements Request {}

    record Logoff() implements Request {}

    /** RUN; {@code extra} is empty for Bolt 1/2. */
    record Run(String query, MapValue parameters, MapValue extra) implements Request {}

    record Begin(MapValue extra) implements Request {}

    record Commit() implements Request {}

    record Rollback() implements Request {}

    /** PULL / PULL_ALL ({@code n = -1}, {@code qid = -1} = the last statement). */
    record Pull(long n, long qid) implements Request {}

    /** DISCARD / DISCARD_ALL. */
    record Discard(long n, long qid) implements Request {}

    record Reset() implements Request {}

    record Goodbye() implements Request {}

    /** ACK_FAILURE (Bolt 1/2). */
    record AckFailure() implements Request {}

    /** ROUTE (4.3+); {@code database} and {@code impersonatedUser} may be null. */
    record Route(MapValue routing, List<String> bookmarks, String database, String impersonatedUser)
            implements Request {}

    /** TELEMETRY (5.4+). */
    record Telemetry(long api) implements Request {}

    /**
     * Not a message: input that could not be decoded. The connection answers FAILURE with {@code
     * status} after the responses already due, then closes.
     */
    record Invalid(Status status, String message) implements Request {}
}
