package org.quiverdb.bolt.message;

import io.netty.buffer.ByteBuf;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quiverdb.bolt.handshake.BoltVersion;
import org.quiverdb.bolt.packstream.PackStreamException;
import org.quiverdb.bolt.packstream.PackStreamReader;
import org.quiverdb.bolt.packstream.ValueUnpacker;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/**
 * Decodes one message into a {@link Request} for the negotiated version (signatures and fields in
 * {@link MessageFormat}). Malformed PackStream, a wrong field count or trailing bytes throw {@link
 * PackStreamException}; a signature the version does not know becomes {@link Request.Invalid}.
 *
 * <p>A 4.3/4.4 HELLO asking for the {@code utc} patch switches this decoder to UTC date-times at
 * once, so pipelined messages behind it decode in the dialect the server is about to confirm.
 * Confined to the channel's event loop.
 */
public final class RequestDecoder {
    private final BoltVersion version;
    private ValueUnpacker unpacker;

    public RequestDecoder(BoltVersion version) {
        this.version = version;
        this.unpacker = new ValueUnpacker(version.dialect(false));
    }

    public Request decode(ByteBuf message) {
        PackStreamReader in = new PackStreamReader(message);
        PackStreamReader.StructHeader header = in.readStructHeader();
        Request request = decode(header.tag(), header.fields(), in);
        if (in.hasRemaining()) {
            throw new PackStreamException("trailing bytes after message 0x" + Integer.toHexString(header.tag())
                    + " (expected: one structure per message)");
        }
        if (request instanceof Request.Hello hello && version.acceptsUtcPatch() && wantsUtc(hello.extra())) {
            unpacker = new ValueUnpacker(version.dialect(true));
        }
        return request;
    }

    /** True when a HELLO's {@code patch_bolt} list names {@code utc}. */
    public static boolean wantsUtc(MapValue extra) {
        return extra.get("patch_bolt") instanceof ListValue patches
                && patches.values().contains(StringValue.of("utc"));
    }

    private Request decode(int tag, int fields, PackStreamReader in) {
        boolean legacy = !version.hasTransactionMessages();
        boolean batches = version.hasStreamingBatches();
        return switch (tag) {
            case MessageFormat.HELLO -> legacy ? init(fields, in) : new Request.Hello(fields(tag, fields, 1, in));
            case MessageFormat.RESET -> empty(tag, fields, new Request.Reset());
            case MessageFormat.RUN -> run(fields, in, legacy);
            case MessageFormat.PULL -> batches ? pull(fields, in, true) : empty(tag, fields, new Request.Pull(-1, -1));
            case MessageFormat.DISCARD ->
                batches ? pull(fields, in, false) : empty(tag, fields, new Request.Discard(-1, -1));
            case MessageFormat.ACK_FAILURE -> legacy ? empty(tag, fields, new Request.AckFailure()) : unknown(tag);
            case MessageFormat.GOODBYE -> legacy ? unknown(tag) : empty(tag, fields, new Request.Goodbye());
            case MessageFormat.BEGIN -> legacy ? unknown(tag) : new Request.Begin(fields(tag, fields, 1, in));
            case MessageFormat.COMMIT -> legacy ? unknown(tag) : empty(tag, fields, new Request.Commit());
            case MessageFormat.ROLLBACK -> legacy ? unknown(tag) : empty(tag, fields, new Request.Rollback());
            case MessageFormat.ROUTE -> version.atLeast(BoltVersion.V4_3) ? route(fields, in) : unknown(tag);
            case MessageFormat.LOGON ->
                version.hasLogon() ? new Request.Logon(fields(tag, fields, 1, in)) : unknown(tag);
            case MessageFormat.LOGOFF -> version.hasLogon() ? empty(tag, fields, new Request.Logoff()) : unknown(tag);
            case MessageFormat.TELEMETRY -> version.atLeast(BoltVersion.V5_4) ? telemetry(fields, in) : unknown(tag);
            default -> unknown(tag);
        };
    }

    /**
     * INIT: user agent and auth map. The 1.5 Java driver declares one field yet writes both, and
     * Neo4j reads INIT by its fields, not its header, so the header is not trusted here.
     */
    private Request init(int fields, PackStreamReader in) {
        if (fields != 1 && fields != 2) {
            expect(MessageFormat.HELLO, fields, 2);
        }
        String userAgent = string(in);
        MapValue auth = in.hasRemaining() ? map(in) : MapValue.EMPTY;
        Map<String, Value> extra = new LinkedHashMap<>(auth.map());
        extra.put("user_agent", StringValue.of(userAgent));
        return new Request.Hello(new MapValue(extra));
    }

    private Request run(int fields, PackStreamReader in, boolean legacy) {
        expect(MessageFormat.RUN, fields, legacy ? 2 : 3);
        String query = string(in);
        MapValue params = map(in);
        MapValue extra = legacy ? MapValue.EMPTY : map(in);
        return new Request.Run(query, params, extra);
    }

    private Request pull(int fields, PackStreamReader in, boolean pull) {
        MapValue extra = fields(pull ? MessageFormat.PULL : MessageFormat.DISCARD, fields, 1, in);
        long n = Metadata.integer(extra, "n", Long.MIN_VALUE);
        long qid = Metadata.integer(extra, "qid", -1);
        return pull ? new Request.Pull(n, qid) : new Request.Discard(n, qid);
    }

    private Request route(int fields, PackStreamReader in) {
        expect(MessageFormat.ROUTE, fields, 3);
        MapValue routing = map(in);
        Value bookmarks = in.readValue(unpacker);
        List<String> marks = Metadata.strings(new MapValue(Map.of("bookmarks", bookmarks)), "bookmarks");
        Value third = in.readValue(unpacker);
        if (version.atLeast(BoltVersion.V4_4)) {
            if (!(third instanceof MapValue extra)) {
                throw new PackStreamException("ROUTE extra: " + third.typeName() + " (expected: MAP)");
            }
            return new Request.Route(routing, marks, Metadata.string(extra, "db"), Metadata.string(extra, "imp_user"));
        }
        if (third instanceof NullValue) {
            return new Request.Route(routing, marks, null, null);
        }
        if (third instanceof StringValue db) {
            return new Request.Route(routing, marks, db.value(), null);
        }
        throw new PackStreamException("ROUTE database: " + third.typeName() + " (expected: STRING or null)");
    }

    private Request telemetry(int fields, PackStreamReader in) {
        expect(MessageFormat.TELEMETRY, fields, 1);
        return new Request.Telemetry(in.readInt());
    }

    private MapValue fields(int tag, int fields, int expected, PackStreamReader in) {
        expect(tag, fields, expected);
        return map(in);
    }

    private MapValue map(PackStreamReader in) {
        Value v = in.readValue(unpacker);
        if (v instanceof MapValue m) {
            return m;
        }
        throw new PackStreamException("field: " + v.typeName() + " (expected: MAP)");
    }

    private String string(PackStreamReader in) {
        Value v = in.readValue(unpacker);
        if (v instanceof StringValue s) {
            return s.value();
        }
        throw new PackStreamException("field: " + v.typeName() + " (expected: STRING)");
    }

    private static Request empty(int tag, int fields, Request request) {
        expect(tag, fields, 0);
        return request;
    }

    private Request unknown(int tag) {
        return new Request.Invalid(
                Status.REQUEST_INVALID,
                "message 0x" + Integer.toHexString(tag) + " is not a request of Bolt protocol version " + version);
    }

    private static void expect(int tag, int fields, int expected) {
        if (fields != expected) {
            throw new PackStreamException("message 0x" + Integer.toHexString(tag) + " with " + fields
                    + " fields (expected: " + expected + ")");
        }
    }
}
