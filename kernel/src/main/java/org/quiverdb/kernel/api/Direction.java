package org.quiverdb.kernel.api;

/** Which relationships of a node to expand, relative to that node. */
public enum Direction {
    OUTGOING,
    INCOMING,
    BOTH
}
