/** First phase: query text to tokens, each with its source position. */
package org.quiverdb.cypher.lexer;
