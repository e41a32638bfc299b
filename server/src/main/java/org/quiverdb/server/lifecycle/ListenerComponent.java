package org.quiverdb.server.lifecycle;

/**
 * A connector seen by the lifecycle: starting it binds {@link #address()}; a bind failure becomes a
 * {@link StartupException} naming the port and the setting that chose it. Confined to the
 * lifecycle's thread like the component it wraps.
 */
final class ListenerComponent implements Component {
    private final ListenerAddress address;
    private final Component connector;

    ListenerComponent(ListenerAddress address, Component connector) {
        this.address = address;
        this.connector = connector;
    }

    ListenerAddress address() {
        return address;
    }

    @Override
    public String name() {
        return address.connector();
    }

    @Override
    public void start() throws Exception {
        try {
            connector.start();
        } catch (Exception e) {
            if (ListenerAddress.isBindFailure(e)) {
                throw address.bindFailure(e);
            }
            throw e;
        }
    }

    @Override
    public void stop() throws Exception {
        connector.stop();
    }
}
