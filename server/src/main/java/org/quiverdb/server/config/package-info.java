/**
 * Configuration: the settings catalogue (the one place a key is spelled), the reader of Neo4j's
 * {@code key=value} conf format with {@code ${ENV}} expansion, typed value parsers, and the loader
 * that merges the file with {@code --set} overrides into one immutable {@link
 * org.quiverdb.server.config.Config}. Everything else in the server reads settings from there.
 */
package org.quiverdb.server.config;
