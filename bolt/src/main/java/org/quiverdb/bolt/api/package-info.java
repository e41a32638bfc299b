/**
 * What other modules construct from the Bolt module: the {@link org.quiverdb.bolt.api.BoltServer}
 * listener and its {@link org.quiverdb.bolt.api.BoltServerConfig}.
 */
package org.quiverdb.bolt.api;
