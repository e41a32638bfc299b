package org.quiverdb.bolt.fsm;

import org.quiverdb.bolt.packstream.ValueDialect;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.Value;

/**
 * Where the state machine writes responses, in order. {@link #record} may block while the client
 * is not reading (back-pressure); it throws if the connection is gone.
 */
public interface ResponseSink {
    void success(MapValue metadata);

    void record(Value[] fields);

    void failure(Status status, String message);

    void ignored();

    /** Switches the value encoding of later responses (4.3/4.4 after accepting the utc patch). */
    void useDialect(ValueDialect dialect);
}
