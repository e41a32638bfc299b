package org.quiverdb.server.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quiverdb.server.config.Config;
import org.quiverdb.server.config.QuiverHome;
import org.quiverdb.server.config.Setting;

/**
 * The wiring: which components a configuration asks for, in dependency order (databases, then the
 * connectors that serve them). Each part of the engine plugs in here through its module's {@code
 * api} factory; a connector that is enabled but not provided by this build is reported by {@link
 * #unavailable()} instead of being pretended. Immutable once built.
 */
final class ServerAssembly {
    private final Config config;
    private final List<Component> components = new ArrayList<>();
    private final List<Listener> listeners = new ArrayList<>();
    private final List<String> unavailable = new ArrayList<>();

    ServerAssembly(Config config, QuiverHome home) {
        this.config = config;
        Optional<Component> databases = databases();
        if (databases.isPresent()) {
            components.add(databases.get());
        } else {
            unavailable.add("This build has no database engine yet: no database is opened under " + home.data(config));
        }
        connector(
                Setting.BOLT_ENABLED,
                enabled("Bolt connector", Setting.BOLT_ENABLED, Setting.BOLT_LISTEN_ADDRESS),
                bolt());
        connector(
                Setting.HTTP_ENABLED,
                enabled("HTTP connector", Setting.HTTP_ENABLED, Setting.HTTP_LISTEN_ADDRESS),
                http());
        connector(
                Setting.HTTPS_ENABLED,
                enabled("HTTPS connector", Setting.HTTPS_ENABLED, Setting.HTTPS_LISTEN_ADDRESS),
                https());
    }

    List<Component> components() {
        return List.copyOf(components);
    }

    /** Every address an enabled connector is configured to listen on, provided by this build or not. */
    List<ListenerAddress> configured() {
        List<ListenerAddress> result = new ArrayList<>();
        enabled("Bolt connector", Setting.BOLT_ENABLED, Setting.BOLT_LISTEN_ADDRESS)
                .ifPresent(result::add);
        enabled("HTTP connector", Setting.HTTP_ENABLED, Setting.HTTP_LISTEN_ADDRESS)
                .ifPresent(result::add);
        enabled("HTTPS connector", Setting.HTTPS_ENABLED, Setting.HTTPS_LISTEN_ADDRESS)
                .ifPresent(result::add);
        return result;
    }

    /** The addresses listened on once started (a configured port 0 shows the real port). */
    List<ListenerAddress> bound() {
        List<ListenerAddress> result = new ArrayList<>();
        listeners.forEach(l -> result.addAll(l.bound()));
        return result;
    }

    /** One warning per enabled part this build cannot run yet. */
    List<String> unavailable() {
        return List.copyOf(unavailable);
    }

    private Optional<ListenerAddress> enabled(String name, Setting enabled, Setting address) {
        return config.bool(enabled)
                ? Optional.of(new ListenerAddress(name, address, config.address(address)))
                : Optional.empty();
    }

    private void connector(Setting enabled, Optional<ListenerAddress> address, Optional<Listener> listener) {
        if (address.isEmpty()) {
            return;
        }
        if (listener.isPresent()) {
            Listener wrapped = new ListenerComponent(listener.get());
            components.add(wrapped);
            listeners.add(wrapped);
        } else {
            unavailable.add("The " + address.get().connector() + " is enabled (" + enabled.key() + "=true) but this"
                    + " build does not provide it yet: nothing listens on "
                    + address.get().address());
        }
    }

    // Wiring points: each returns the component once its module's api factory exists.

    private static Optional<Component> databases() {
        return Optional.empty();
    }

    private static Optional<Listener> bolt() {
        return Optional.empty();
    }

    private static Optional<Listener> http() {
        return Optional.empty();
    }

    private static Optional<Listener> https() {
        return Optional.empty();
    }
}
