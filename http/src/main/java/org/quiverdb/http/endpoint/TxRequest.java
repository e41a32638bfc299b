package org.quiverdb.http.endpoint;

import java.util.List;

/**
 * A parsed request body of the transactional endpoint.
 *
 * @param bookmarks bookmarks to wait for before the transaction begins
 */
record TxRequest(List<TxStatement> statements, List<String> bookmarks) {
    static final TxRequest EMPTY = new TxRequest(List.of(), List.of());

    TxRequest {
        statements = List.copyOf(statements);
        bookmarks = List.copyOf(bookmarks);
    }
}
