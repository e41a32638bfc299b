/**
 * Bookmarks: a committed transaction's id and database, as an opaque string clients carry between
 * sessions to read their own writes.
 */
package org.quiverdb.session.bookmark;
