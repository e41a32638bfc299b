package org.quiverdb.session.tx;

/**
 * What happens to a result's transaction when the result ends: an auto-commit statement commits
 * or rolls back its own transaction; a statement in an explicit transaction leaves it to the
 * client's COMMIT, but a failure rolls the whole transaction back (as Neo4j does).
 */
interface ResultCompletion {
    /** The result was exhausted; returns the bookmark of a commit this caused, or null. */
    String exhausted();

    /** The result failed with {@code cause}; rollback failures are added to it as suppressed. */
    void failed(RuntimeException cause);
}
