package org.quiverdb.kernel.tx;

import java.util.function.Supplier;
import org.quiverdb.kernel.api.Direction;
import org.quiverdb.kernel.api.LongIterator;
import org.quiverdb.storage.api.CountKeys;

/**
 * Exact counts in a transaction's view: the snapshot's counts store plus the transaction's own
 * delta. A relationship count with both labels bound is not kept in the store and is computed by
 * expanding only the outgoing groups of the type on the start label's nodes (from the label
 * index). Confined to the transaction's thread.
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

    long relationships(int startLabel, int type, int endLabel, Supplier<LongIterator> startNodes) {
        if (startLabel == CountKeys.ANY || endLabel == CountKeys.ANY) {
            return view.snapshot().countRelationships(startLabel, type, endLabel)
                    + state.counts.get(CountKeys.relationship(startLabel, type, endLabel));
        }
        long count = 0;
        int[] storeTypes = type == CountKeys.ANY ? null : new int[] {type};
        int[] types = storeTypes == null ? new int[0] : storeTypes;
        LongIterator nodes = startNodes.get();
        while (nodes.hasNext()) {
            long node = nodes.next();
            RelationshipList rels =
                    new RelationshipList(node, view.expand(node, true, false, storeTypes), Direction.OUTGOING, types);
            while (rels.next()) {
                if (view.nodeHasLabel(rels.endNode(), endLabel)) {
                    count++;
                }
            }
        }
        return count;
    }
}
