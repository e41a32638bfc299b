package org.quiverdb.bolt.fsm;

import java.util.LinkedHashMap;
import java.util.Map;
import org.quiverdb.session.api.StatementResult;

/**
 * The open results of an explicit transaction by query id (Bolt 4's qid): ids count from 0 per
 * transaction; qid -1 names the newest statement. Confined to the connection's worker.
 */
final class TransactionStreams {
    private final Map<Long, StatementResult> open = new LinkedHashMap<>();
    private long nextQid;
    private long lastQid = -1;

    long add(StatementResult result) {
        long qid = nextQid++;
        open.put(qid, result);
        lastQid = qid;
        return qid;
    }

    long resolve(long qid) {
        return qid == -1 ? lastQid : qid;
    }

    /** The open result {@code qid} names, or null. */
    StatementResult find(long qid) {
        return open.get(resolve(qid));
    }

    void remove(StatementResult result) {
        open.values().remove(result);
    }

    void clear() {
        open.clear();
        nextQid = 0;
        lastQid = -1;
    }
}
