package org.quiverdb.server.launcher;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.quiverdb.server.config.QuiverHome;

/**
 * Stops the server of a home: SIGTERM (the server's shutdown hook then stops it gracefully),
 * waits up to a timeout, and only then escalates to SIGKILL, saying so. Refuses to signal a pid
 * that is not a Quiver JVM (a stale pid file whose pid was reused). Confined to the caller.
 */
final class ServerStopper {
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private final PrintWriter out;
    private final PrintWriter err;

    ServerStopper(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** Exit code: 0 when stopped or not running, 1 when it could not be stopped. */
    int stop(QuiverHome home, Duration timeout) throws InterruptedException {
        RunFiles run = new RunFiles(home.run());
        Optional<ProcessHandle> process = run.liveProcess();
        if (process.isEmpty()) {
            boolean stale = run.pid().isPresent();
            run.clear();
            out.println("Quiver is not running in " + home.root() + (stale ? " (removed a stale pid file)" : ""));
            out.flush();
            return 0;
        }
        ProcessHandle p = process.get();
        if (!isQuiver(p)) {
            err.println("The pid file " + run.pidFile() + " names pid " + p.pid()
                    + ", which is not a Quiver server; not stopping it. Remove the pid file if it is stale.");
            err.flush();
            return 1;
        }
        out.println("Stopping Quiver (pid " + p.pid() + ")...");
        out.flush();
        p.destroy();
        if (!awaitExit(p, timeout)) {
            err.println("Quiver (pid " + p.pid() + ") did not stop within " + timeout.toSeconds()
                    + "s; killing it (SIGKILL). Open transactions are lost; committed ones are recovered on"
                    + " the next start.");
            err.flush();
            p.destroyForcibly();
            if (!awaitExit(p, KILL_WAIT)) {
                err.println("Quiver (pid " + p.pid() + ") is still running after SIGKILL.");
                err.flush();
                return 1;
            }
        }
        run.clear();
        out.println("Stopped.");
        out.flush();
        return 0;
    }

    private static boolean awaitExit(ProcessHandle p, Duration timeout) throws InterruptedException {
        try {
            p.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("waiting for pid " + p.pid() + " failed", e);
        }
    }

    /** A Quiver server JVM runs our launcher's main class; unknown command lines get the benefit of the doubt. */
    private static boolean isQuiver(ProcessHandle p) {
        return p.info().commandLine().map(c -> c.contains(Main.class.getName())).orElse(true);
    }
}
