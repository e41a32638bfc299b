package org.quiverdb.cypher.engine;

import org.quiverdb.cypher.plan.logical.Cardinalities;
import org.quiverdb.kernel.api.KernelTransaction;

/**
 * The planner's counts read from the transaction's counts store; a name that has no token yet
 * counts 0. Confined to the planning run's transaction.
 */
final class KernelCardinalities implements Cardinalities {
    private final KernelTransaction tx;

    KernelCardinalities(KernelTransaction tx) {
        this.tx = tx;
    }

    @Override
    public long nodes(String label) {
        if (label == null) {
            return tx.countNodes(KernelTransaction.NO_TOKEN);
        }
        int token = tx.labelToken(label);
        return token == KernelTransaction.NO_TOKEN ? 0 : tx.countNodes(token);
    }

    @Override
    public long relationships(String startLabel, String type, String endLabel) {
        int start = startLabel == null ? KernelTransaction.NO_TOKEN : tx.labelToken(startLabel);
        int end = endLabel == null ? KernelTransaction.NO_TOKEN : tx.labelToken(endLabel);
        int t = type == null ? KernelTransaction.NO_TOKEN : tx.relationshipTypeToken(type);
        boolean missing = (startLabel != null && start == KernelTransaction.NO_TOKEN)
                || (endLabel != null && end == KernelTransaction.NO_TOKEN)
                || (type != null && t == KernelTransaction.NO_TOKEN);
        return missing ? 0 : tx.countRelationships(start, t, end);
    }
}
