/**
 * Bolt messages: the requests a client sends (decoded per negotiated version into {@link
 * org.quiverdb.bolt.message.Request} records) and the responses the server writes (SUCCESS,
 * RECORD, FAILURE, IGNORED), with their signatures in {@link org.quiverdb.bolt.message.MessageFormat}.
 */
package org.quiverdb.bolt.message;
