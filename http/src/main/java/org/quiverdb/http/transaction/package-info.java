/**
 * Explicit transactions that outlive one HTTP request: each holds one session, is used by at most
 * one request at a time, and is rolled back once it has sat idle longer than the idle timeout.
 */
package org.quiverdb.http.transaction;
