/** AST-to-AST rewrites between semantic analysis and planning (aggregate extraction, ...). */
package org.quiverdb.cypher.rewrite;
