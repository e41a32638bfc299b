package org.quiverdb.server.lifecycle;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.quiverdb.http.api.BoundAddresses;
import org.quiverdb.http.api.HttpServer;
import org.quiverdb.http.api.HttpServerConfig;
import org.quiverdb.server.config.HostPort;
import org.quiverdb.server.config.Setting;
import org.quiverdb.session.api.SessionService;

/**
 * The HTTP and HTTPS connectors, which the http module runs as one server: plain HTTP on {@code
 * dbms.connector.http.listen_address} and TLS on {@code dbms.connector.https.listen_address}
 * (each when enabled), serving the session service of the started databases. Thread-safe: start
 * and stop are synchronized.
 */
final class HttpComponent implements Listener {
    private final Optional<ListenerAddress> http;
    private final Optional<ListenerAddress> https;
    private final Settings settings;
    private final Supplier<SessionService> sessions;
    private HttpServer server;
    private volatile List<ListenerAddress> bound = List.of();

    /** What the http module needs besides addresses. */
    record Settings(
            Path certificatesDirectory,
            String privateKey,
            String publicCertificate,
            HostPort advertisedBolt,
            Duration idleTimeout,
            Clock clock) {}

    HttpComponent(
            Optional<ListenerAddress> http,
            Optional<ListenerAddress> https,
            Settings settings,
            Supplier<SessionService> sessions) {
        this.http = http;
        this.https = https;
        this.settings = settings;
        this.sessions = sessions;
    }

    @Override
    public String name() {
        return http.isPresent() && https.isPresent()
                ? "HTTP and HTTPS connectors"
                : configured().get(0).connector();
    }

    @Override
    public synchronized void start() throws IOException {
        if (https.isPresent()) {
            requireDefaultCertificateLayout();
        }
        HttpServerConfig config = new HttpServerConfig(
                http.map(HttpComponent::socket).orElse(null),
                https.map(HttpComponent::socket).orElse(null),
                settings.certificatesDirectory().getParent(),
                settings.advertisedBolt().toString(),
                HttpServerConfig.DEFAULT_MAX_BODY_BYTES,
                settings.idleTimeout(),
                settings.clock());
        server = new HttpServer(sessions.get(), config);
        BoundAddresses addresses = server.start();
        List<ListenerAddress> result = new ArrayList<>();
        http.ifPresent(l -> result.add(l.at(addresses.http().getPort())));
        https.ifPresent(l -> result.add(l.at(addresses.https().getPort())));
        bound = List.copyOf(result);
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
        List<ListenerAddress> result = new ArrayList<>();
        http.ifPresent(result::add);
        https.ifPresent(result::add);
        return result;
    }

    @Override
    public List<ListenerAddress> bound() {
        return bound;
    }

    /**
     * The http module reads {@code <certificates>/https/private.key} and {@code public.crt}; other
     * names are not supported yet, and are refused rather than ignored.
     */
    private void requireDefaultCertificateLayout() {
        check(
                Setting.HTTPS_CERTIFICATES_DIRECTORY,
                settings.certificatesDirectory().getFileName().toString(),
                "https");
        check(
                Setting.HTTPS_PRIVATE_KEY,
                settings.privateKey(),
                Setting.HTTPS_PRIVATE_KEY.defaultValue().orElseThrow());
        check(
                Setting.HTTPS_PUBLIC_CERTIFICATE,
                settings.publicCertificate(),
                Setting.HTTPS_PUBLIC_CERTIFICATE.defaultValue().orElseThrow());
    }

    private static void check(Setting setting, String value, String supported) {
        if (!value.equals(supported)) {
            throw new StartupException("'" + setting.key() + "' names '" + value + "', which is not supported yet"
                    + " (expected: '" + supported + "', the layout the HTTPS connector reads)");
        }
    }

    private static InetSocketAddress socket(ListenerAddress l) {
        return new InetSocketAddress(l.address().host(), l.address().port());
    }
}
