package org.quiverdb.bolt.fsm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quiverdb.bolt.message.Metadata;
import org.quiverdb.kernel.api.AccessMode;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.kernel.api.TransactionConfig;
import org.quiverdb.session.api.AuthToken;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/**
 * Reads the optional keys of HELLO/LOGON (auth token) and BEGIN/RUN extra (bookmarks, tx_timeout,
 * tx_metadata, mode, db). Stateless.
 */
final class RequestExtras {
    private static final List<String> AUTH_KEYS = List.of("scheme", "principal", "credentials");

    private RequestExtras() {}

    static TransactionConfig transactionConfig(MapValue extra) {
        long timeoutMillis = Metadata.integer(extra, "tx_timeout", 0);
        if (timeoutMillis < 0) {
            throw new QuiverException(
                    Status.REQUEST_INVALID, "tx_timeout: " + timeoutMillis + " (expected: >= 0 milliseconds)");
        }
        MapValue metadata = Metadata.map(extra, "tx_metadata");
        String mode = Metadata.string(extra, "mode");
        AccessMode access =
                mode != null && mode.toLowerCase(Locale.ROOT).equals("r") ? AccessMode.READ : AccessMode.WRITE;
        return new TransactionConfig(Duration.ofMillis(timeoutMillis), metadata, access);
    }

    /** {@code bookmarks} (Bolt 3+), or Bolt 1/2's BEGIN parameters {@code bookmark}/{@code bookmarks}. */
    static List<String> bookmarks(MapValue map) {
        List<String> out = new ArrayList<>(Metadata.strings(map, "bookmarks"));
        String single = Metadata.string(map, "bookmark");
        if (single != null && !out.contains(single)) {
            out.add(single);
        }
        return out;
    }

    /** The database a request names; null or empty means the session's default. */
    static String database(MapValue extra) {
        String db = Metadata.string(extra, "db");
        return db == null || db.isEmpty() ? null : db;
    }

    static AuthToken authToken(MapValue map) {
        String principal = orEmpty(Metadata.string(map, "principal"));
        String scheme = Metadata.string(map, "scheme");
        if (scheme == null) {
            scheme = principal.isEmpty() ? "none" : "basic";
        }
        Value credentials = map.get("credentials");
        String secret = credentials instanceof StringValue s ? s.value() : "";
        Map<String, String> extra = new LinkedHashMap<>();
        for (Map.Entry<String, Value> e : map.map().entrySet()) {
            if (!AUTH_KEYS.contains(e.getKey()) && e.getValue() instanceof StringValue s) {
                extra.put(e.getKey(), s.value());
            }
        }
        return new AuthToken(scheme, principal, secret, extra);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
