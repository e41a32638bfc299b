package org.quiverdb.tck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.quiverdb.values.temporal.TemporalText;
import org.quiverdb.values.value.BooleanValue;
import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.NodeValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.PathValue;
import org.quiverdb.values.value.RelationshipValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/**
 * The TCK's value notation: parses cells ({@code 1}, {@code 'a'}, {@code [1, 2]}, {@code {k: v}},
 * {@code (:L {k: v})}, {@code [:T]}, {@code <(a)-[:T]->(b)>}) into values, and renders any value
 * (expected or actual) into one canonical text, so comparing results is comparing strings. Labels
 * and map keys are sorted; temporal values render as the quoted strings the TCK writes.
 */
final class TckValues {
    private final String s;
    private int p;

    private TckValues(String s) {
        this.s = s;
    }

    static Value parse(String text) {
        TckValues v = new TckValues(text.trim());
        Value out = v.value();
        v.ws();
        if (v.p != v.s.length()) {
            throw new IllegalArgumentException("trailing text in TCK value: " + text);
        }
        return out;
    }

    private void ws() {
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
            p++;
        }
    }

    private boolean eat(String t) {
        ws();
        if (s.startsWith(t, p)) {
            p += t.length();
            return true;
        }
        return false;
    }

    private void expect(String t) {
        if (!eat(t)) {
            throw new IllegalArgumentException("expected '" + t + "' at " + p + " in " + s);
        }
    }

    private Value value() {
        ws();
        char c = s.charAt(p);
        if (c == '\'') {
            return string();
        } else if (c == '[') {
            return s.startsWith("[:", p) ? relationship() : list();
        } else if (c == '{') {
            return new MapValue(map());
        } else if (c == '(') {
            return node();
        } else if (c == '<') {
            return path();
        }
        String word = word();
        return switch (word) {
            case "null" -> NullValue.NULL;
            case "true" -> BooleanValue.TRUE;
            case "false" -> BooleanValue.FALSE;
            case "NaN" -> FloatValue.of(Double.NaN);
            case "Infinity", "+Infinity" -> FloatValue.of(Double.POSITIVE_INFINITY);
            case "-Infinity" -> FloatValue.of(Double.NEGATIVE_INFINITY);
            default -> number(word);
        };
    }

    private String word() {
        int start = p;
        while (p < s.length() && ",]}) |".indexOf(s.charAt(p)) < 0) {
            p++;
        }
        return s.substring(start, p);
    }

    private static Value number(String w) {
        if (w.matches("[-+]?\\d+")) {
            return IntegerValue.of(Long.parseLong(w));
        }
        if (w.startsWith("0x") || w.startsWith("-0x")) {
            return IntegerValue.of(Long.decode(w));
        }
        return FloatValue.of(Double.parseDouble(w));
    }

    private Value string() {
        p++;
        StringBuilder sb = new StringBuilder();
        while (s.charAt(p) != '\'') {
            char c = s.charAt(p++);
            if (c == '\\') {
                char e = s.charAt(p++);
                sb.append(
                        switch (e) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            case 'b' -> '\b';
                            case 'f' -> '\f';
                            default -> e;
                        });
            } else {
                sb.append(c);
            }
        }
        p++;
        return StringValue.of(sb.toString());
    }

    private Value list() {
        expect("[");
        List<Value> out = new ArrayList<>();
        if (!eat("]")) {
            do {
                out.add(value());
            } while (eat(","));
            expect("]");
        }
        return new ListValue(out);
    }

    private Map<String, Value> map() {
        expect("{");
        Map<String, Value> out = new LinkedHashMap<>();
        if (!eat("}")) {
            do {
                ws();
                int start = p;
                while (s.charAt(p) != ':') {
                    p++;
                }
                String key = s.substring(start, p).trim();
                p++;
                out.put(key, value());
            } while (eat(","));
            expect("}");
        }
        return out;
    }

    private NodeValue node() {
        expect("(");
        List<String> labels = new ArrayList<>();
        while (eat(":")) {
            labels.add(name());
        }
        Map<String, Value> props = peekIs('{') ? map() : Map.of();
        expect(")");
        return new NodeValue(-1, "", labels, new MapValue(props));
    }

    private boolean peekIs(char c) {
        ws();
        return p < s.length() && s.charAt(p) == c;
    }

    private String name() {
        int start = p;
        while (p < s.length() && (Character.isLetterOrDigit(s.charAt(p)) || s.charAt(p) == '_')) {
            p++;
        }
        return s.substring(start, p);
    }

    private RelationshipValue relationship() {
        expect("[");
        expect(":");
        String type = name();
        Map<String, Value> props = peekIs('{') ? map() : Map.of();
        expect("]");
        return new RelationshipValue(-1, "", -1, "", -1, "", type, new MapValue(props));
    }

    private PathValue path() {
        expect("<");
        List<NodeValue> nodes = new ArrayList<>();
        List<RelationshipValue> rels = new ArrayList<>();
        nodes.add(withId(node(), 0));
        while (!eat(">")) {
            boolean back = eat("<-");
            if (!back) {
                expect("-");
            }
            RelationshipValue r = relationship();
            boolean fwd = eat("->");
            if (!fwd) {
                expect("-");
            }
            int i = nodes.size();
            nodes.add(withId(node(), i));
            rels.add(new RelationshipValue(
                    -1, "", back ? i : i - 1, "", back ? i - 1 : i, "", r.type(), r.properties()));
        }
        return new PathValue(nodes, rels);
    }

    private static NodeValue withId(NodeValue n, long id) {
        return new NodeValue(id, "", n.labels(), n.properties());
    }

    /** The canonical text of a value; lists sorted element-wise when {@code unorderedLists}. */
    static String render(Value v, boolean unorderedLists) {
        if (v instanceof NullValue) {
            return "null";
        } else if (v instanceof BooleanValue b) {
            return b.booleanValue() ? "true" : "false";
        } else if (v instanceof IntegerValue i) {
            return Long.toString(i.value());
        } else if (v instanceof FloatValue f) {
            // the TCK writes no negative zero: -0.0 and 0.0 are the same number
            return Double.toString(f.value() == 0.0 ? 0.0 : f.value());
        } else if (v instanceof StringValue str) {
            return "'" + str.value() + "'";
        } else if (v instanceof ListValue l) {
            List<String> parts = new ArrayList<>();
            l.values().forEach(e -> parts.add(render(e, unorderedLists)));
            if (unorderedLists) {
                parts.sort(null);
            }
            return "[" + String.join(", ", parts) + "]";
        } else if (v instanceof MapValue m) {
            return props(m, unorderedLists, "{}");
        } else if (v instanceof NodeValue n) {
            List<String> labels = new ArrayList<>(n.labels());
            labels.sort(null);
            StringBuilder sb = new StringBuilder("(");
            labels.forEach(l -> sb.append(':').append(l));
            String ps = props(n.properties(), unorderedLists, "");
            return sb.append(ps.isEmpty() || labels.isEmpty() ? ps : " " + ps)
                    .append(')')
                    .toString();
        } else if (v instanceof RelationshipValue r) {
            String ps = props(r.properties(), unorderedLists, "");
            return "[:" + r.type() + (ps.isEmpty() ? "" : " " + ps) + "]";
        } else if (v instanceof PathValue path) {
            StringBuilder sb = new StringBuilder("<").append(render(path.nodes().get(0), unorderedLists));
            for (int i = 0; i < path.relationships().size(); i++) {
                RelationshipValue r = path.relationships().get(i);
                boolean forward = r.startId() == path.nodes().get(i).id();
                sb.append(forward ? "-" : "<-")
                        .append(render(r, unorderedLists))
                        .append(forward ? "->" : "-");
                sb.append(render(path.nodes().get(i + 1), unorderedLists));
            }
            return sb.append('>').toString();
        }
        String text = TemporalText.of(v);
        return text == null ? v.toString() : "'" + text + "'";
    }

    private static String props(MapValue m, boolean unorderedLists, String empty) {
        if (m.size() == 0) {
            return empty;
        }
        StringJoiner j = new StringJoiner(", ", "{", "}");
        new TreeMap<>(m.map()).forEach((k, e) -> j.add(k + ": " + render(e, unorderedLists)));
        return j.toString();
    }
}
