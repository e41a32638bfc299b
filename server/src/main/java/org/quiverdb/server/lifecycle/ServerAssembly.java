package org.quiverdb.server.lifecycle;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.quiverdb.bolt.api.TlsLevel;
import org.quiverdb.cypher.api.CypherEngine;
import org.quiverdb.cypher.api.CypherEngines;
import org.quiverdb.kernel.api.FsyncPolicy;
import org.quiverdb.kernel.api.KernelSettings;
import org.quiverdb.server.config.Config;
import org.quiverdb.server.config.HostPort;
import org.quiverdb.server.config.QuiverHome;
import org.quiverdb.server.config.Setting;
import org.quiverdb.session.api.RoutingProcedures;
import org.quiverdb.session.api.SecuritySettings;

/**
 * The wiring: the components a configuration asks for, in dependency order. The databases (with
 * the Cypher engine and the session service over them) come first; the connectors that serve
 * them follow, each built from its module's {@code api}. Immutable once built.
 */
final class ServerAssembly {
    private final Config config;
    private final List<Component> components = new ArrayList<>();
    private final List<Listener> listeners = new ArrayList<>();

    ServerAssembly(Config config, QuiverHome home, Clock clock, Random random) {
        this.config = config;
        HostPort advertisedBolt = advertised(Setting.BOLT_LISTEN_ADDRESS, Setting.BOLT_ADVERTISED_ADDRESS);
        // Drivers of the 3.x and 4.0-4.2 eras discover routing through these procedures.
        CypherEngine cypher = CypherEngines.create(clock, random, RoutingProcedures.create(advertisedBolt::toString));
        DatabasesComponent databases = new DatabasesComponent(
                home.data(config), kernelSettings(config, clock), cypher, securitySettings(config));
        components.add(databases);
        TlsLevel tls = TlsLevel.valueOf(config.text(Setting.BOLT_TLS_LEVEL).orElseThrow());
        enabled("Bolt connector", Setting.BOLT_ENABLED, Setting.BOLT_LISTEN_ADDRESS)
                .ifPresent(bolt -> add(new BoltComponent(bolt, advertisedBolt, tls, databases::sessions, clock)));
        Optional<ListenerAddress> http = enabled("HTTP connector", Setting.HTTP_ENABLED, Setting.HTTP_LISTEN_ADDRESS);
        Optional<ListenerAddress> https =
                enabled("HTTPS connector", Setting.HTTPS_ENABLED, Setting.HTTPS_LISTEN_ADDRESS);
        if (http.isPresent() || https.isPresent()) {
            HttpComponent.Settings settings = new HttpComponent.Settings(
                    config.path(Setting.HTTPS_CERTIFICATES_DIRECTORY, home.root()),
                    config.text(Setting.HTTPS_PRIVATE_KEY).orElseThrow(),
                    config.text(Setting.HTTPS_PUBLIC_CERTIFICATE).orElseThrow(),
                    advertisedBolt,
                    config.duration(Setting.REST_TRANSACTION_IDLE_TIMEOUT),
                    clock);
            add(new HttpComponent(http, https, settings, databases::sessions));
        }
    }

    List<Component> components() {
        return List.copyOf(components);
    }

    /** Every address an enabled connector is configured to listen on. */
    List<ListenerAddress> configured() {
        List<ListenerAddress> result = new ArrayList<>();
        listeners.forEach(l -> result.addAll(l.configured()));
        return result;
    }

    /** The addresses listened on once started (a configured port 0 shows the real port). */
    List<ListenerAddress> bound() {
        List<ListenerAddress> result = new ArrayList<>();
        listeners.forEach(l -> result.addAll(l.bound()));
        return result;
    }

    /** The kernel's settings from Neo4j-named ones; fsync on every commit, Neo4j's default. */
    static KernelSettings kernelSettings(Config config, Clock clock) {
        KernelSettings defaults = KernelSettings.defaults();
        return new KernelSettings(
                config.text(Setting.DEFAULT_DATABASE).orElseThrow(),
                config.duration(Setting.TRANSACTION_TIMEOUT),
                FsyncPolicy.EVERY_COMMIT,
                config.bytes(Setting.TRANSACTION_MEMORY_MAX).orElseThrow(),
                config.bytes(Setting.TRANSACTION_MEMORY_TOTAL_MAX).orElseThrow(),
                config.bytes(Setting.TX_LOG_ROTATION_SIZE).orElseThrow(),
                defaults.logRetentionBytes(),
                config.duration(Setting.CHECKPOINT_INTERVAL_TIME),
                config.bytes(Setting.CHECKPOINT_INTERVAL_VOLUME).orElseThrow(),
                clock);
    }

    /** Native authentication's settings, with Neo4j's names; scrypt at its production cost. */
    static SecuritySettings securitySettings(Config config) {
        long attempts = config.integer(Setting.AUTH_MAX_FAILED_ATTEMPTS);
        long minimum = config.integer(Setting.AUTH_MINIMUM_PASSWORD_LENGTH);
        if (attempts < 0 || attempts > Integer.MAX_VALUE || minimum < 1 || minimum > 1024) {
            throw new StartupException(Setting.AUTH_MAX_FAILED_ATTEMPTS.key() + "=" + attempts + ", "
                    + Setting.AUTH_MINIMUM_PASSWORD_LENGTH.key() + "=" + minimum + " (expected: >= 0 and 1..1024)");
        }
        return new SecuritySettings(
                config.bool(Setting.AUTH_ENABLED),
                (int) attempts,
                config.duration(Setting.AUTH_LOCK_TIME),
                (int) minimum,
                SecuritySettings.DEFAULT_HASH_COST_LOG2);
    }

    /**
     * An advertised address; as in Neo4j, one left at its default takes the listen address's port,
     * so moving a listener moves what clients are told.
     */
    private HostPort advertised(Setting listen, Setting advertised) {
        HostPort address = config.address(advertised);
        return config.isWritten(advertised)
                ? address
                : new HostPort(address.host(), config.address(listen).port());
    }

    private void add(Listener listener) {
        Listener wrapped = new ListenerComponent(listener);
        components.add(wrapped);
        listeners.add(wrapped);
    }

    private Optional<ListenerAddress> enabled(String name, Setting enabled, Setting address) {
        return config.bool(enabled)
                ? Optional.of(new ListenerAddress(name, address, config.address(address)))
                : Optional.empty();
    }
}
