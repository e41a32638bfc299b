package org.quiverdb.kernel.tx;

import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;

/** The errors a terminated or timed-out transaction fails with, worded as Neo4j words them. */
final class Terminations {
    private static final String PREFIX = "The transaction has been terminated. Retry your operation in a new "
            + "transaction, and you should see a successful result. ";

    private Terminations() {}

    static QuiverException exception(Status reason) {
        if (reason == Status.TRANSACTION_TIMED_OUT) {
            return new QuiverException(
                    reason,
                    PREFIX + "The transaction has not completed within the specified timeout "
                            + "(dbms.transaction.timeout). You may want to retry with a longer timeout.");
        }
        return new QuiverException(reason, PREFIX + "Explicitly terminated by the user.");
    }
}
