package org.quiverdb.server.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parsers of raw setting text into typed values, one static method per value shape. Each
 * throws {@link InvalidValueException} naming the offending part and what would be valid. Pure
 * functions; safe for concurrent use.
 */
final class SettingParsers {
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmgt]?)(i?b)?");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._%-]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private SettingParsers() {}

    static boolean bool(String raw) {
        String v = raw.toLowerCase(Locale.ROOT);
        if (v.equals("true")) {
            return true;
        }
        if (v.equals("false")) {
            return false;
        }
        throw new InvalidValueException("'" + raw + "' is not a boolean", SettingType.BOOLEAN.expected());
    }

    static int port(String raw) {
        int port = integerIn(raw, "port", SettingType.PORT.expected());
        if (port > 65535) {
            throw new InvalidValueException("port " + port + " is out of range", SettingType.PORT.expected());
        }
        return port;
    }

    static long integer(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("'" + raw + "' is not an integer", SettingType.INTEGER.expected());
        }
    }

    static String host(String raw) {
        String h = raw.startsWith("[") && raw.endsWith("]") ? raw.substring(1, raw.length() - 1) : raw;
        if (h.isEmpty() || !HOST.matcher(h).matches()) {
            throw new InvalidValueException(
                    "'" + raw + "' is not a host name or IP address", SettingType.HOST.expected());
        }
        return h;
    }

    /** {@code host:port}, {@code :port}, {@code [v6]:port}, or a bare host taking {@code defaultPort}. */
    static HostPort hostPort(String raw, int defaultPort) {
        String expected = SettingType.SOCKET_ADDRESS.expected();
        int split = portSeparator(raw);
        if (split < 0) {
            if (defaultPort < 0) {
                throw new InvalidValueException("'" + raw + "' has no port", expected);
            }
            return new HostPort(host(raw), defaultPort);
        }
        String host = raw.substring(0, split);
        String portText = raw.substring(split + 1);
        if (portText.isEmpty()) {
            throw new InvalidValueException("'" + raw + "' has no port after ':'", expected);
        }
        int port;
        try {
            port = port(portText);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(
                    "'" + raw + "' has an invalid port '" + portText + "'", expected + " (port 0-65535)");
        }
        return new HostPort(host.isEmpty() ? "" : host(host), port);
    }

    /** {@code host:first-last} or {@code host:port}; the host may be empty as in {@code :6362-6372}. */
    static HostPortRange hostPortRange(String raw) {
        String expected = SettingType.PORT_RANGE_ADDRESS.expected();
        int split = portSeparator(raw);
        if (split < 0) {
            throw new InvalidValueException("'" + raw + "' has no port or port range", expected);
        }
        String host = raw.substring(0, split);
        String ports = raw.substring(split + 1);
        int dash = ports.indexOf('-');
        int first = rangePort(raw, dash < 0 ? ports : ports.substring(0, dash), expected);
        int last = dash < 0 ? first : rangePort(raw, ports.substring(dash + 1), expected);
        if (first > last) {
            throw new InvalidValueException(
                    "'" + raw + "' has a range that ends (" + last + ") before it starts (" + first + ")", expected);
        }
        return new HostPortRange(host.isEmpty() ? "" : host(host), first, last);
    }

    static List<HostPort> addressList(String raw) {
        List<HostPort> result = new ArrayList<>();
        for (String part : raw.split(",", -1)) {
            String p = part.strip();
            if (p.isEmpty()) {
                throw new InvalidValueException(
                        "'" + raw + "' has an empty entry", SettingType.ADDRESS_LIST.expected());
            }
            result.add(hostPort(p, -1));
        }
        return List.copyOf(result);
    }

    /** {@code 10s}, {@code 5m}, {@code 1h30m}, {@code 250ms}, {@code 2d}; a bare number is seconds. */
    static Duration duration(String raw) {
        String v = raw.strip().toLowerCase(Locale.ROOT);
        Matcher m = DURATION_PART.matcher(v);
        Duration total = Duration.ZERO;
        int at = 0;
        while (at < v.length() && m.find(at) && m.start() == at) {
            total = total.plus(durationPart(raw, m.group(1), m.group(2)));
            at = m.end();
            while (at < v.length() && v.charAt(at) == ' ') {
                at++;
            }
        }
        if (v.isEmpty() || at != v.length()) {
            throw new InvalidValueException("'" + raw + "' is not a duration", SettingType.DURATION.expected());
        }
        return total;
    }

    /** {@code 512m}, {@code 2g}, {@code 1024k}, {@code 64MiB}, plain bytes; binary multiples. */
    static long byteSize(String raw) {
        Matcher m = SIZE.matcher(raw.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidValueException("'" + raw + "' is not a size", SettingType.BYTE_SIZE.expected());
        }
        int shift =
                switch (m.group(2)) {
                    case "k" -> 10;
                    case "m" -> 20;
                    case "g" -> 30;
                    case "t" -> 40;
                    default -> 0;
                };
        try {
            long n = Long.parseLong(m.group(1));
            if (n > (Long.MAX_VALUE >> shift)) {
                throw new NumberFormatException();
            }
            return n << shift;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("'" + raw + "' is too large", SettingType.BYTE_SIZE.expected());
        }
    }

    /** One of {@code choices}, case-insensitively; returns the canonical spelling. */
    static String choice(String raw, List<String> choices, String expected) {
        for (String c : choices) {
            if (c.equalsIgnoreCase(raw.strip())) {
                return c;
            }
        }
        throw new InvalidValueException("'" + raw + "' is not one of " + choices, expected);
    }

    private static Duration durationPart(String raw, String number, String unit) {
        long n;
        try {
            n = Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("'" + raw + "' is too large", SettingType.DURATION.expected());
        }
        String u = unit == null ? "s" : unit;
        return switch (u) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofSeconds(n);
        };
    }

    private static int rangePort(String raw, String text, String expected) {
        try {
            return port(text.strip());
        } catch (InvalidValueException e) {
            throw new InvalidValueException("'" + raw + "' has an invalid port '" + text + "'", expected);
        }
    }

    private static int integerIn(String raw, String what, String expected) {
        try {
            int n = Integer.parseInt(raw.strip());
            if (n < 0) {
                throw new InvalidValueException(what + " " + n + " is negative", expected);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("'" + raw + "' is not a " + what + " number", expected);
        }
    }

    /** Index of the ':' before the port, skipping a bracketed IPv6 host; -1 when there is none. */
    private static int portSeparator(String raw) {
        if (raw.startsWith("[")) {
            int close = raw.indexOf(']');
            return close >= 0 && close + 1 < raw.length() && raw.charAt(close + 1) == ':' ? close + 1 : -1;
        }
        int first = raw.indexOf(':');
        return first >= 0 && first == raw.lastIndexOf(':') ? first : -1;
    }
}
