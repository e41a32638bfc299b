package org.quiverdb.server.lifecycle;

import java.time.Clock;
import java.util.List;
import java.util.Random;
import org.quiverdb.server.config.Config;
import org.quiverdb.server.config.QuiverHome;
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

    /** {@code clock} and {@code random} reach every component (timeouts, Cypher's rand(), certificates). */
    public QuiverServer(Config config, QuiverHome home, Clock clock, Random random) {
        this.config = config;
        this.home = home;
        this.assembly = new ServerAssembly(config, home, clock, random);
    }

    /** Starts every component; throws {@link StartupException} (nothing left running) when it cannot. */
    public synchronized void start() {
        USER.info("Starting Quiver {}", Version.current());
        USER.info("Home: {}", home.root());
        USER.info("Configuration: {}", home.confFile().map(Object::toString).orElse("none (defaults)"));
        USER.info("Data: {}", home.data(config));
        USER.info("Logs: {}", home.logs(config));
        config.warnings().forEach(w -> USER.warn("Configuration: {}", w));
        PortProbe.requireBindable(assembly.configured());
        ComponentStack components = new ComponentStack(assembly.components());
        components.start();
        stack = components;
        for (ListenerAddress l : assembly.bound()) {
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

    /** The addresses listened on once started (a configured port 0 shows the real port). */
    public List<ListenerAddress> listening() {
        return assembly.bound();
    }
}
