package org.quiverdb.kernel.tx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** A plain map-based model of a graph for model-based tests: labels and properties by name. */
final class GraphModel {
    static final class Node {
        final TreeSet<String> labels = new TreeSet<>();
        final TreeMap<String, Long> props = new TreeMap<>();

        Node copy() {
            Node n = new Node();
            n.labels.addAll(labels);
            n.props.putAll(props);
            return n;
        }
    }

    static final class Rel {
        final long start;
        final long end;
        final String type;
        final TreeMap<String, Long> props = new TreeMap<>();

        Rel(long start, long end, String type) {
            this.start = start;
            this.end = end;
            this.type = type;
        }

        Rel copy() {
            Rel r = new Rel(start, end, type);
            r.props.putAll(props);
            return r;
        }
    }

    final TreeMap<Long, Node> nodes = new TreeMap<>();
    final TreeMap<Long, Rel> rels = new TreeMap<>();

    GraphModel copy() {
        GraphModel m = new GraphModel();
        nodes.forEach((id, n) -> m.nodes.put(id, n.copy()));
        rels.forEach((id, r) -> m.rels.put(id, r.copy()));
        return m;
    }

    List<Long> relsOf(long node) {
        List<Long> out = new ArrayList<>();
        rels.forEach((id, r) -> {
            if (r.start == node || r.end == node) {
                out.add(id);
            }
        });
        return out;
    }

    /** A canonical dump: what a transaction's view must show. */
    List<String> dump() {
        List<String> out = new ArrayList<>();
        nodes.forEach((id, n) -> out.add("node " + id + " " + n.labels + " " + n.props));
        rels.forEach((id, r) -> out.add("rel " + id + " " + r.start + "-" + r.type + "->" + r.end + " " + r.props));
        for (String label : new String[] {"A", "B"}) {
            List<Long> ids = new ArrayList<>();
            nodes.forEach((id, n) -> {
                if (n.labels.contains(label)) {
                    ids.add(id);
                }
            });
            out.add("label " + label + " " + ids);
        }
        Map<String, Long> counts = new TreeMap<>();
        nodes.values().forEach(n -> n.labels.forEach(l -> counts.merge(l, 1L, Long::sum)));
        out.add("counts " + nodes.size() + " " + rels.size() + " " + counts);
        return out;
    }
}
