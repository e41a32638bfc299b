package org.quiverdb.server.lifecycle;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Checks, before any component starts, that every configured listen address can be bound: a
 * taken port then stops startup with the port and setting named and nothing half-started. The
 * probe binds and immediately releases; a component binding later can still lose a race, which
 * its own bind failure then reports the same way. Stateless.
 */
public final class PortProbe {
    private PortProbe() {}

    /** Throws {@link StartupException} for the first address that cannot be bound. Port 0 is skipped. */
    public static void requireBindable(List<ListenerAddress> listeners) {
        for (ListenerAddress l : listeners) {
            if (l.address().port() == 0) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                InetSocketAddress address =
                        new InetSocketAddress(l.address().host(), l.address().port());
                if (address.isUnresolved()) {
                    throw new UnknownHostException(l.address().host());
                }
                socket.bind(address);
            } catch (IOException e) {
                throw l.bindFailure(e);
            }
        }
    }
}
