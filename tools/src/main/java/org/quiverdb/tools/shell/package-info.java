/**
 * {@code quiver-shell}: the interactive Cypher shell client. It needs a Bolt client; until one is
 * in the build the command says so and points at the tools that work today.
 */
package org.quiverdb.tools.shell;
