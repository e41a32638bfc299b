/**
 * {@code quiver-admin}: offline administration of a Quiver home (import, dump and load, backup and
 * restore, initial password, consistency check). Each subcommand is added when the engine part it
 * needs exists; until then the command says which ones are coming rather than pretending.
 */
package org.quiverdb.tools.admin;
