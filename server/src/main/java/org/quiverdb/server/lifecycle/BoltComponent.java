package org.quiverdb.server.lifecycle;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.quiverdb.bolt.api.BoltServer;
import org.quiverdb.bolt.api.BoltServerConfig;
import org.quiverdb.bolt.api.TlsLevel;
import org.quiverdb.server.config.HostPort;
import org.quiverdb.session.api.SessionService;

/**
 * The Bolt connector: a {@link BoltServer} on {@code dbms.connector.bolt.listen_address} at {@code
 * dbms.connector.bolt.tls_level}, serving the session service of the started databases. Thread-safe: start and stop are synchronized.
 */
final class BoltComponent implements Listener {
    private final ListenerAddress configured;
    private final String advertised;
    private final TlsLevel tlsLevel;
    private final Supplier<SessionService> sessions;
    private final Clock clock;
    private BoltServer server;
    private volatile ListenerAddress bound;

    BoltComponent(
            ListenerAddress configured,
            HostPort advertised,
            TlsLevel tlsLevel,
            Supplier<SessionService> sessions,
            Clock clock) {
        this.configured = configured;
        this.advertised = advertised.toString();
        this.tlsLevel = tlsLevel;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public String name() {
        return configured.connector();
    }

    @Override
    public synchronized void start() {
        HostPort a = configured.address();
        BoltServerConfig config = new BoltServerConfig(
                        new InetSocketAddress(a.host(), a.port()),
                        advertised,
                        BoltServerConfig.DEFAULT_MAX_MESSAGE_SIZE,
                        0)
                // No bolt SSL policy settings yet: with TLS on, Bolt generates a self-signed pair.
                .withTls(tlsLevel, null);
        server = new BoltServer(sessions.get(), config, clock);
        InetSocketAddress address = server.start();
        bound = configured.at(address.getPort());
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public List<ListenerAddress> configured() {
        return List.of(configured);
    }

    @Override
    public List<ListenerAddress> bound() {
        ListenerAddress b = bound;
        return b == null ? List.of() : List.of(b);
    }
}
