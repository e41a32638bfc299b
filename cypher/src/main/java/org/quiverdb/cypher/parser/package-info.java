/**
 * Second phase: tokens to AST. The parser is hand-written: recursive descent for clauses and
 * patterns, and a Pratt (precedence-climbing) parser for expressions.
 *
 * <p>Why not ANTLR: a hand-written parser lets every error name the exact offending token and what
 * was expected at that point, in Neo4j's format (line, column, offset and a caret), it needs no
 * generated code or runtime dependency, and it is fast to start (no grammar tables to load) — parse
 * time matters because every new query text is parsed once before its plan is cached. Precedence
 * lives in one table ({@link org.quiverdb.cypher.parser.ExpressionParser}), the
 * context-sensitive corners of Cypher (pattern predicates vs parenthesised expressions, list vs
 * pattern comprehensions, keywords usable as names) are resolved with small, explicit lookaheads
 * and backtracking to a saved token index.
 */
package org.quiverdb.cypher.parser;
