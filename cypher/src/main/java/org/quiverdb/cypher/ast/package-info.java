/**
 * The abstract syntax tree the parser builds: immutable records, each carrying the source {@link
 * org.quiverdb.cypher.ast.Position} it came from so later phases can report errors with a caret.
 */
package org.quiverdb.cypher.ast;
