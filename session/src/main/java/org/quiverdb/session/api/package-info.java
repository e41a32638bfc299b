/**
 * The session layer's API: sessions, auto-commit and explicit transactions, streamed results,
 * bookmarks and authentication — what Bolt and HTTP call.
 */
package org.quiverdb.session.api;
