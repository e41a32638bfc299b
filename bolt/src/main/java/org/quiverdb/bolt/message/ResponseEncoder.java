package org.quiverdb.bolt.message;

import io.netty.buffer.ByteBuf;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.quiverdb.bolt.handshake.BoltVersion;
import org.quiverdb.bolt.packstream.PackStreamWriter;
import org.quiverdb.bolt.packstream.ValueDialect;
import org.quiverdb.bolt.packstream.ValuePacker;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/**
 * Writes responses (unchunked) for one connection's version and value dialect. FAILURE metadata
 * switches shape at 5.7: before it {code, message}; from it the GQL fields (neo4j_code, message,
 * gql_status, description, diagnostic_record). Confined to the connection's worker.
 */
public final class ResponseEncoder {
    private final BoltVersion version;
    private ValuePacker packer;

    public ResponseEncoder(BoltVersion version) {
        this.version = version;
        this.packer = new ValuePacker(version.dialect(false));
    }

    /** Switches the value encoding (4.3/4.4 after the {@code utc} patch is accepted). */
    public void useDialect(ValueDialect dialect) {
        this.packer = new ValuePacker(dialect);
    }

    public void success(MapValue metadata, ByteBuf out) {
        PackStreamWriter writer = new PackStreamWriter(out);
        writer.writeStructHeader(1, MessageFormat.SUCCESS);
        packer.packMap(metadata, writer);
    }

    public void record(Value[] fields, ByteBuf out) {
        PackStreamWriter writer = new PackStreamWriter(out);
        writer.writeStructHeader(1, MessageFormat.RECORD);
        writer.writeListHeader(fields.length);
        for (Value field : fields) {
            packer.pack(field, writer);
        }
    }

    public void ignored(ByteBuf out) {
        new PackStreamWriter(out).writeStructHeader(0, MessageFormat.IGNORED);
    }

    public void failure(Status status, String message, ByteBuf out) {
        PackStreamWriter writer = new PackStreamWriter(out);
        writer.writeStructHeader(1, MessageFormat.FAILURE);
        packer.packMap(failureMetadata(status, message), writer);
    }

    /** The FAILURE map for this version. */
    public MapValue failureMetadata(Status status, String message) {
        Map<String, Value> map = new LinkedHashMap<>();
        String text = message == null ? status.code() : message;
        if (!version.atLeast(BoltVersion.V5_7)) {
            map.put("code", StringValue.of(status.code()));
            map.put("message", StringValue.of(text));
            return new MapValue(map);
        }
        boolean syntax = status == Status.STATEMENT_SYNTAX_ERROR;
        map.put("neo4j_code", StringValue.of(status.code()));
        map.put("message", StringValue.of(text));
        map.put("gql_status", StringValue.of(syntax ? "42001" : "50N42"));
        map.put(
                "description",
                StringValue.of(
                        syntax
                                ? "error: syntax error or access rule violation - invalid syntax"
                                : "error: general processing exception - unexpected error. " + text));
        Map<String, Value> diagnostics = new LinkedHashMap<>();
        diagnostics.put("OPERATION", StringValue.EMPTY);
        diagnostics.put("OPERATION_CODE", StringValue.of("0"));
        diagnostics.put("CURRENT_SCHEMA", StringValue.of("/"));
        diagnostics.put("_classification", StringValue.of(classification(status)));
        map.put("diagnostic_record", new MapValue(diagnostics));
        return new MapValue(map);
    }

    /** CLIENT_ERROR, TRANSIENT_ERROR or DATABASE_ERROR. */
    private static String classification(Status status) {
        String camel = status.classification();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                out.append('_');
            }
            out.append(c);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
