package org.quiverdb.server.lifecycle;

import java.util.List;

/**
 * A connector as the lifecycle runs it: a bind failure while starting becomes a {@link
 * StartupException} naming the port and the setting that chose it. Thread-safety is that of the
 * wrapped listener.
 */
final class ListenerComponent implements Listener {
    private final Listener connector;

    ListenerComponent(Listener connector) {
        this.connector = connector;
    }

    @Override
    public String name() {
        return connector.name();
    }

    @Override
    public void start() throws Exception {
        try {
            connector.start();
        } catch (Exception e) {
            if (ListenerAddress.isBindFailure(e)) {
                throw culprit(e).bindFailure(e);
            }
            throw e;
        }
    }

    @Override
    public void stop() throws Exception {
        connector.stop();
    }

    @Override
    public List<ListenerAddress> configured() {
        return connector.configured();
    }

    @Override
    public List<ListenerAddress> bound() {
        return connector.bound();
    }

    /** The configured address the failure names (by port), else the first. */
    private ListenerAddress culprit(Exception e) {
        String text = String.valueOf(e.getMessage()) + " " + String.valueOf(e.getCause());
        for (ListenerAddress l : connector.configured()) {
            if (text.contains(":" + l.address().port())) {
                return l;
            }
        }
        return connector.configured().get(0);
    }
}
