package org.quiverdb.server.lifecycle;

/**
 * A part of the server with a start and a stop: the databases, a connector, a background job. A
 * component is started at most once; {@link #stop()} is called only after a successful {@link
 * #start()} and must release everything start acquired (threads, ports, files).
 */
public interface Component {
    /** A short name for logs and errors, e.g. {@code Bolt connector}. */
    String name();

    /** Acquires resources; throws when it cannot, with a message a user can act on. */
    void start() throws Exception;

    /** Releases what start acquired; waits for in-flight work to finish or roll back. */
    void stop() throws Exception;
}
