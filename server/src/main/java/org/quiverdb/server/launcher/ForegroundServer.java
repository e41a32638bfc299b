package org.quiverdb.server.launcher;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.quiverdb.server.config.Config;
import org.quiverdb.server.config.ConfigException;
import org.quiverdb.server.config.QuiverHome;
import org.quiverdb.server.lifecycle.ListenerAddress;
import org.quiverdb.server.lifecycle.LogConfiguration;
import org.quiverdb.server.lifecycle.QuiverServer;
import org.quiverdb.server.lifecycle.StartupException;
import org.quiverdb.server.lifecycle.UserLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the server in this JVM until the JVM is asked to stop (Ctrl-C, SIGTERM, {@code quiver
 * stop}): validates the configuration, creates the home's folders, sets up logging, writes the
 * pid file, starts the server, writes the ready file, then waits. A shutdown hook stops the
 * server gracefully and removes the run files. Used by {@code console} and, in a child JVM, by
 * {@code start}.
 */
final class ForegroundServer {
    private static final Logger LOG = LoggerFactory.getLogger(ForegroundServer.class);

    private final LaunchContext context;
    private final HomeOptions options;
    private final PrintWriter err;

    ForegroundServer(LaunchContext context, HomeOptions options, PrintWriter err) {
        this.context = context;
        this.options = options;
        this.err = err;
    }

    /** Blocks while the server runs; returns only when it could not start (exit code 1). */
    int run() {
        QuiverHome home = options.home(context);
        Config config;
        try {
            config = options.config(context);
        } catch (ConfigException e) {
            ConfigErrors.print(e, home, err);
            return 1;
        }
        home.createDirectories(config);
        RunFiles run = new RunFiles(home.run());
        long self = ProcessHandle.current().pid();
        Optional<ProcessHandle> other = run.liveProcess().filter(p -> p.pid() != self);
        if (other.isPresent()) {
            err.println("Quiver is already running in " + home.root() + " (pid "
                    + other.get().pid() + ")");
            err.flush();
            return 1;
        }
        LogConfiguration.configure(home.logs(config), LogConfiguration.Console.USER_LOG);
        run.clearReady();
        run.writePid(self);
        QuiverServer server = new QuiverServer(config, home, context.clock(), context.random());
        // The hook is in place before anything starts: a SIGTERM during startup waits for start
        // to finish (QuiverServer is synchronized), then stops what it started.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, run, stopped), "quiver-shutdown"));
        try {
            server.start();
        } catch (StartupException e) {
            UserLog.get().error("Quiver could not start: {}", e.getMessage());
            LOG.debug("startup failure", e);
            return 1;
        }
        run.writeReady(readyLines(server.listening()));
        UserLog.get().info("Started.");
        awaitStop(stopped);
        return 0;
    }

    private static void stop(QuiverServer server, RunFiles run, CountDownLatch stopped) {
        try {
            server.stop();
        } finally {
            run.clear();
            LogConfiguration.shutdown();
            stopped.countDown();
        }
    }

    private static List<String> readyLines(List<ListenerAddress> listening) {
        List<String> lines = new ArrayList<>();
        for (ListenerAddress l : listening) {
            lines.add(l.setting().key() + "=" + l.address());
        }
        return lines;
    }

    /** The main thread parks here; the JVM exits through the shutdown hook. */
    private static void awaitStop(CountDownLatch stopped) {
        boolean interrupted = false;
        while (stopped.getCount() > 0) {
            try {
                stopped.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
