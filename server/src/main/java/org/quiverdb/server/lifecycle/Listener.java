package org.quiverdb.server.lifecycle;

import java.util.List;

/**
 * A component that listens on network addresses: a connector. The lifecycle checks its
 * configured addresses can be bound before startup and reports its bound ones (a configured port
 * 0 becomes a real port) once started.
 */
interface Listener extends Component {
    /** The addresses as configured, with the settings that chose them. */
    List<ListenerAddress> configured();

    /** The addresses actually listened on; empty before start. */
    List<ListenerAddress> bound();
}
