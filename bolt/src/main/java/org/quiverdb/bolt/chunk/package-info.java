/**
 * Bolt's message framing: each message is cut into chunks of at most 65,535 bytes, each with a
 * two-byte length, and ends with an empty chunk; an empty chunk between messages is a keep-alive.
 */
package org.quiverdb.bolt.chunk;
