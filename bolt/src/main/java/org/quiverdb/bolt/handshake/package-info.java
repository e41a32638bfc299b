/**
 * The Bolt handshake: the magic preamble, version negotiation over the client's four proposals
 * (with ranges), the manifest-style handshake of the newest drivers, and the per-version feature
 * set ({@link org.quiverdb.bolt.handshake.BoltVersion}) the rest of the protocol consults.
 */
package org.quiverdb.bolt.handshake;
