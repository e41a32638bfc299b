package org.quiverdb.storage.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quiverdb.storage.api.StorageEngine;
import org.quiverdb.storage.api.StoreView;
import org.quiverdb.storage.api.TokenKind;

/** A canonical text dump of everything visible in an engine, for comparing states in tests. */
final class StoreDump {
    private StoreDump() {}

    static List<String> of(StorageEngine engine) {
        List<String> out = new ArrayList<>();
        for (TokenKind kind : TokenKind.values()) {
            for (int id = 0; engine.tokenName(kind, id) != null; id++) {
                out.add(kind + " " + id + " " + engine.tokenName(kind, id));
            }
        }
        try (StoreView view = engine.openView()) {
            for (long n = 0; n < view.nodeIdLimit(); n++) {
                if (view.nodeExists(n)) {
                    StringBuilder line = new StringBuilder("node " + n + " " + Arrays.toString(view.nodeLabels(n)));
                    for (int key : view.nodePropertyKeys(n)) {
                        line.append(' ').append(key).append('=').append(view.nodeProperty(n, key));
                    }
                    out.add(line.toString());
                }
            }
            for (long r = 0; r < view.relationshipIdLimit(); r++) {
                if (view.relationshipExists(r)) {
                    StringBuilder line = new StringBuilder("rel " + r + " " + view.relationshipStartNode(r) + "-"
                            + view.relationshipType(r) + "->" + view.relationshipEndNode(r));
                    for (int key : view.relationshipPropertyKeys(r)) {
                        line.append(' ').append(key).append('=').append(view.relationshipProperty(r, key));
                    }
                    out.add(line.toString());
                }
            }
            out.add("count nodes " + view.countNodes(-1) + " rels " + view.countRelationships(-1, -1, -1));
        }
        return out;
    }
}
