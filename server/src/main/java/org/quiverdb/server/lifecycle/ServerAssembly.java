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
    private final List<ListenerAddress> listening = new ArrayList<>();
    private final List<String> unavailable = new ArrayList<>();

    ServerAssembly(Config config, QuiverHome home) {
        this.config = config;
        Optional<Component> databases = databases();
        if (databases.isPresent()) {
            components.add(databases.get());
        } else {
            unavailable.add("This build has no database engine yet: no database is opened under " + home.data(config));
        }
        connector("Bolt connector", Setting.BOLT_ENABLED, Setting.BOLT_LISTEN_ADDRESS, bolt());
        connector("HTTP connector", Setting.HTTP_ENABLED, Setting.HTTP_LISTEN_ADDRESS, http());
        connector("HTTPS connector", Setting.HTTPS_ENABLED, Setting.HTTPS_LISTEN_ADDRESS, https());
    }

    List<Component> components() {
        return List.copyOf(components);
    }

    List<ListenerAddress> listening() {
        return List.copyOf(listening);
    }

    /** One warning per enabled part this build cannot run yet. */
    List<String> unavailable() {
        return List.copyOf(unavailable);
    }

    private void connector(String name, Setting enabled, Setting address, Optional<Component> component) {
        if (!config.bool(enabled)) {
            return;
        }
        ListenerAddress listener = new ListenerAddress(name, address, config.address(address));
        if (component.isPresent()) {
            components.add(new ListenerComponent(listener, component.get()));
            listening.add(listener);
        } else {
            unavailable.add("The " + name + " is enabled (" + enabled.key() + "=true) but this build does not"
                    + " provide it yet: nothing listens on " + listener.address());
        }
    }

    // Wiring points: each returns the component once its module's api factory exists.

    private static Optional<Component> databases() {
        return Optional.empty();
    }

    private static Optional<Component> bolt() {
        return Optional.empty();
    }

    private static Optional<Component> http() {
        return Optional.empty();
    }

    private static Optional<Component> https() {
        return Optional.empty();
    }
}
