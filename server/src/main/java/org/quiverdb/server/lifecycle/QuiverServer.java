package org.quiverdb.server.lifecycle;

import java.util.ArrayList;
import java.util.List;
import org.quiverdb.server.config.Config;
import org.quiverdb.server.config.QuiverHome;
import org.quiverdb.server.config.Setting;
import org.slf4j.Logger;

/**
 * One running Quiver server: its configuration, its home, and the stack of components the
 * {@link ServerAssembly} builds from them. Start checks every enabled listener can bind before
 * starting anything, then starts the stack; stop stops it in reverse. Reports to the {@link
 * UserLog} what an operator needs: version, folders, every address listened on.
 *
 * <p>Thread-safe: start and stop are synchronized; stop may come from a shutdown hook.
 */
public final class QuiverServer {
    private static final Logger USER = UserLog.get();

    private final Config config;
    private final QuiverHome home;
    private final ServerAssembly assembly;
    private ComponentStack stack;

    public QuiverServer(Config config, QuiverHome home) {
        this.config = config;
        this.home = home;
        this.assembly = new ServerAssembly(config, home);
    }

    /** Starts every component; throws {@link StartupException} (nothing left running) when it cannot. */
    public synchronized void start() {
        USER.info("Starting Quiver {}", Version.current());
        USER.info("Home: {}", home.root());
        USER.info("Configuration: {}", home.confFile().map(Object::toString).orElse("none (defaults)"));
        USER.info("Data: {}", home.data(config));
        USER.info("Logs: {}", home.logs(config));
        config.warnings().forEach(w -> USER.warn("Configuration: {}", w));
        assembly.unavailable().forEach(USER::warn);
        PortProbe.requireBindable(enabledListeners());
        ComponentStack components = new ComponentStack(assembly.components());
        components.start();
        stack = components;
        for (ListenerAddress l : assembly.listening()) {
            USER.info(
                    "{} listening on {} ({})",
                    l.connector(),
                    l.address(),
                    l.setting().key());
        }
    }

    /** Stops what start started, last first. Idempotent. */
    public synchronized void stop() {
        if (stack != null) {
            USER.info("Stopping...");
            stack.stop();
            stack = null;
            USER.info("Stopped.");
        }
    }

    /** The addresses served once started (enabled connectors that this build provides). */
    public List<ListenerAddress> listening() {
        return assembly.listening();
    }

    /** Every address an enabled connector is configured to listen on, built or not. */
    List<ListenerAddress> enabledListeners() {
        List<ListenerAddress> result = new ArrayList<>();
        addIfEnabled(result, Setting.BOLT_ENABLED, "Bolt connector", Setting.BOLT_LISTEN_ADDRESS);
        addIfEnabled(result, Setting.HTTP_ENABLED, "HTTP connector", Setting.HTTP_LISTEN_ADDRESS);
        addIfEnabled(result, Setting.HTTPS_ENABLED, "HTTPS connector", Setting.HTTPS_LISTEN_ADDRESS);
        return result;
    }

    private void addIfEnabled(List<ListenerAddress> result, Setting enabled, String name, Setting address) {
        if (config.bool(enabled)) {
            result.add(new ListenerAddress(name, address, config.address(address)));
        }
    }
}
