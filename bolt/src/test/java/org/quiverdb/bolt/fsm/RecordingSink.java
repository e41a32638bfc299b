package org.quiverdb.bolt.fsm;

import java.util.ArrayList;
import java.util.List;
import org.quiverdb.bolt.packstream.ValueDialect;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.Value;

/** Records responses for assertions. */
final class RecordingSink implements ResponseSink {
    final List<Object> responses = new ArrayList<>();
    ValueDialect dialect;

    record Success(MapValue metadata) {}

    record Row(List<Value> fields) {}

    record Failure(Status status, String message) {}

    record Ignored() {}

    @Override
    public void success(MapValue metadata) {
        responses.add(new Success(metadata));
    }

    @Override
    public void record(Value[] fields) {
        responses.add(new Row(List.of(fields)));
    }

    @Override
    public void failure(Status status, String message) {
        responses.add(new Failure(status, message));
    }

    @Override
    public void ignored() {
        responses.add(new Ignored());
    }

    @Override
    public void useDialect(ValueDialect dialect) {
        this.dialect = dialect;
    }

    List<Object> take() {
        List<Object> out = List.copyOf(responses);
        responses.clear();
        return out;
    }
}
