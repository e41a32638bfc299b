package org.quiverdb.server.lifecycle;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts components in the order given (dependencies first) and stops them in reverse. When a
 * component fails to start, the ones already started are stopped, in reverse, before the failure
 * is rethrown: a failed startup leaves no port bound and no file open. Stop is idempotent and
 * logs a component's stop failure without skipping the others.
 *
 * <p>Thread-safe: start and stop are synchronized on this stack, so a shutdown hook racing a
 * startup waits for it and then stops what was started.
 */
public final class ComponentStack {
    private static final Logger LOG = LoggerFactory.getLogger(ComponentStack.class);

    private final List<Component> components;
    private final Deque<Component> started = new ArrayDeque<>();

    public ComponentStack(List<Component> components) {
        this.components = List.copyOf(components);
    }

    /** Starts every component; on failure stops those started and throws {@link StartupException}. */
    public synchronized void start() {
        for (Component c : components) {
            LOG.debug("starting {}", c.name());
            try {
                c.start();
            } catch (StartupException e) {
                stop();
                throw e;
            } catch (Exception e) {
                stop();
                throw new StartupException(c.name() + " failed to start: " + e.getMessage(), e);
            }
            started.push(c);
            LOG.debug("started {}", c.name());
        }
    }

    /** Stops every started component, last started first. */
    public synchronized void stop() {
        while (!started.isEmpty()) {
            Component c = started.pop();
            LOG.debug("stopping {}", c.name());
            try {
                c.stop();
            } catch (Exception e) {
                LOG.error("{} did not stop cleanly", c.name(), e);
            }
        }
    }

    /** The names of the started components, first started first. */
    public synchronized List<String> startedNames() {
        List<String> names = new ArrayList<>();
        started.descendingIterator().forEachRemaining(c -> names.add(c.name()));
        return names;
    }
}
