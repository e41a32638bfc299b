package org.quiverdb.kernel.tx;

import org.quiverdb.kernel.api.Direction;
import org.quiverdb.storage.api.CountKeys;

/**
 * Exact counts in a transaction's view: the snapshot's counts store plus the transaction's own
 * delta. A relationship count with both labels bound is not kept in the store and is computed by
 * expanding the start label's nodes. Confined to the transaction's thread.
 */
final class TxCounts {
    private final TxView view;
    private final TxState state;

    TxCounts(TxView view, TxState state) {
        this.view = view;
        this.state = state;
    }

    long nodes(int label) {
        return view.snapshot().countNodes(label) + state.counts.get(CountKeys.node(label));
    }

    long relationships(int startLabel, int type, int endLabel) {
        if (startLabel == CountKeys.ANY || endLabel == CountKeys.ANY) {
            return view.snapshot().countRelationships(startLabel, type, endLabel)
                    + state.counts.get(CountKeys.relationship(startLabel, type, endLabel));
        }
        long count = 0;
        IdScan nodes = new IdScan(view.nodeIdLimit(), id -> view.nodeExists(id) && view.nodeHasLabel(id, startLabel));
        int[] types = type == CountKeys.ANY ? new int[0] : new int[] {type};
        while (nodes.hasNext()) {
            long node = nodes.next();
            RelationshipList rels = new RelationshipList(node, view.expand(node), Direction.OUTGOING, types);
            while (rels.next()) {
                if (view.nodeHasLabel(rels.endNode(), endLabel)) {
                    count++;
                }
            }
        }
        return count;
    }
}
