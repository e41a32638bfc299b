/** What the Cypher engine offers the session layer: execute a query lazily inside a kernel transaction. */
package org.quiverdb.cypher.api;
