package org.quiverdb.tck;

import java.util.ArrayList;
import java.util.List;

/**
 * A small Gherkin reader for the TCK's features: Feature, Scenario, Scenario Outline with
 * Examples (expanded, {@code <name>} placeholders substituted), steps with doc strings and tables.
 */
final class FeatureParser {
    private final String[] lines;
    private int i;

    private FeatureParser(String text) {
        this.lines = text.split("\r?\n", -1);
    }

    static Feature parse(String path, String text) {
        return new FeatureParser(text).feature(path);
    }

    private Feature feature(String path) {
        String name = path;
        List<Feature.Scenario> scenarios = new ArrayList<>();
        List<Feature.Step> background = List.of();
        while (i < lines.length) {
            String t = lines[i].trim();
            if (t.startsWith("Background:")) {
                i++;
                background = steps();
            } else if (t.startsWith("Feature:")) {
                name = t.substring(8).trim();
                i++;
            } else if (t.startsWith("Scenario Outline:") || t.startsWith("Scenario Template:")) {
                scenarios.addAll(outline(t.substring(t.indexOf(':') + 1).trim()));
            } else if (t.startsWith("Scenario:")) {
                i++;
                scenarios.add(new Feature.Scenario(t.substring(9).trim(), steps()));
            } else {
                i++;
            }
        }
        List<Feature.Scenario> withBackground = new ArrayList<>();
        for (Feature.Scenario sc : scenarios) {
            List<Feature.Step> steps = new ArrayList<>(background);
            steps.addAll(sc.steps());
            withBackground.add(new Feature.Scenario(sc.name(), steps));
        }
        return new Feature(path, name, withBackground);
    }

    private static boolean isStep(String t) {
        return t.startsWith("Given ")
                || t.startsWith("When ")
                || t.startsWith("Then ")
                || t.startsWith("And ")
                || t.startsWith("But ");
    }

    private List<Feature.Step> steps() {
        List<Feature.Step> steps = new ArrayList<>();
        while (i < lines.length) {
            String t = lines[i].trim();
            if (t.startsWith("Scenario") || t.startsWith("Examples:") || t.startsWith("@")) {
                break;
            }
            if (!isStep(t)) {
                i++;
                continue;
            }
            i++;
            String text = t.substring(t.indexOf(' ') + 1).trim();
            String doc = null;
            List<List<String>> table = null;
            skipBlank();
            if (i < lines.length && lines[i].trim().startsWith("\"\"\"")) {
                doc = docString();
            } else if (i < lines.length && lines[i].trim().startsWith("|")) {
                table = table();
            }
            steps.add(new Feature.Step(text, doc, table));
        }
        return steps;
    }

    private void skipBlank() {
        while (i < lines.length && (lines[i].trim().isEmpty() || lines[i].trim().startsWith("#"))) {
            i++;
        }
    }

    private String docString() {
        String open = lines[i];
        int indent = open.indexOf("\"\"\"");
        i++;
        StringBuilder sb = new StringBuilder();
        while (i < lines.length && !lines[i].trim().startsWith("\"\"\"")) {
            String l = lines[i];
            int strip = 0;
            while (strip < indent && strip < l.length() && l.charAt(strip) == ' ') {
                strip++;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(l.substring(strip));
            i++;
        }
        i++;
        return sb.toString();
    }

    private List<List<String>> table() {
        List<List<String>> rows = new ArrayList<>();
        while (i < lines.length && lines[i].trim().startsWith("|")) {
            rows.add(cells(lines[i].trim()));
            i++;
        }
        return rows;
    }

    /** Splits {@code | a | b |}, honouring Gherkin's cell escapes {@code \|}, {@code \\} and {@code \n}. */
    static List<String> cells(String row) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        for (int k = 0; k < row.length(); k++) {
            char c = row.charAt(k);
            char next = k + 1 < row.length() ? row.charAt(k + 1) : 0;
            if (c == '\\' && cur != null && (next == '|' || next == '\\' || next == 'n')) {
                cur.append(next == 'n' ? '\n' : next);
                k++;
            } else if (c == '|') {
                if (cur != null) {
                    out.add(cur.toString().trim());
                }
                cur = new StringBuilder();
            } else if (cur != null) {
                cur.append(c);
            }
        }
        return out;
    }

    private List<Feature.Scenario> outline(String name) {
        i++;
        List<Feature.Step> template = steps();
        List<Feature.Scenario> out = new ArrayList<>();
        while (i < lines.length) {
            skipBlank();
            if (i >= lines.length || !lines[i].trim().startsWith("Examples")) {
                break;
            }
            i++;
            skipBlank();
            List<List<String>> examples = table();
            List<String> header = examples.get(0);
            for (int r = 1; r < examples.size(); r++) {
                List<String> values = examples.get(r);
                List<Feature.Step> steps = new ArrayList<>();
                for (Feature.Step s : template) {
                    steps.add(new Feature.Step(
                            substitute(s.text(), header, values),
                            s.docString() == null ? null : substitute(s.docString(), header, values),
                            s.table() == null ? null : substituteTable(s.table(), header, values)));
                }
                out.add(new Feature.Scenario(name + " #" + out.size(), steps));
            }
        }
        return out;
    }

    private static List<List<String>> substituteTable(List<List<String>> t, List<String> h, List<String> v) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : t) {
            out.add(row.stream().map(c -> substitute(c, h, v)).toList());
        }
        return out;
    }

    private static String substitute(String s, List<String> header, List<String> values) {
        String out = s;
        for (int k = 0; k < header.size(); k++) {
            out = out.replace("<" + header.get(k) + ">", values.get(k));
        }
        return out;
    }
}
