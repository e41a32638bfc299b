package org.quiverdb.bolt.transport;

import io.netty.channel.Channel;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.quiverdb.bolt.fsm.BoltStateMachine;
import org.quiverdb.bolt.fsm.ClientGoneException;
import org.quiverdb.bolt.message.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's request queue and its worker: requests decoded on the event loop are queued
 * here and run one at a time, in order, on the shared worker executor, so the event loop never
 * blocks on a query. Responses of pipelined requests share one flush.
 *
 * <p>Thread-safety: {@link #enqueue} and {@link #closedByClient} are called from the event loop;
 * {@code scheduled} ensures at most one worker drains the queue at a time, which confines the
 * state machine and the sink to that worker.
 */
final class BoltConnection {
    private static final Logger LOG = LoggerFactory.getLogger(BoltConnection.class);
    private static final int BATCH = 64;

    private final Channel channel;
    private final BoltStateMachine fsm;
    private final ChannelResponseSink sink;
    private final Executor workers;
    private final Queue<Request> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean finished;

    BoltConnection(Channel channel, BoltStateMachine fsm, ChannelResponseSink sink, Executor workers) {
        this.channel = channel;
        this.fsm = fsm;
        this.sink = sink;
        this.workers = workers;
    }

    void enqueue(Request request) {
        if (request instanceof Request.Reset) {
            fsm.interrupt();
        }
        queue.add(request);
        schedule();
    }

    /** The socket closed: stop the running statement and release the session on the worker. */
    void closedByClient() {
        fsm.interrupt();
        queue.add(new Request.Goodbye());
        schedule();
    }

    void writabilityChanged() {
        sink.writabilityChanged();
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                workers.execute(this::drain);
            } catch (RejectedExecutionException e) {
                scheduled.set(false);
                var unused = channel.close();
            }
        }
    }

    private void drain() {
        try {
            int processed = 0;
            Request request;
            while (processed++ < BATCH && (request = queue.poll()) != null) {
                if (finished) {
                    continue;
                }
                if (fsm.process(request, sink) == BoltStateMachine.Outcome.CLOSE) {
                    finish();
                }
            }
            if (!finished) {
                sink.flush();
            }
        } catch (ClientGoneException e) {
            finished = true;
            sink.discard();
            fsm.close();
        } catch (RuntimeException e) {
            LOG.warn("connection {}: closed after an unexpected error", channel.remoteAddress(), e);
            finished = true;
            sink.discard();
            fsm.close();
            var unused = channel.close();
        } finally {
            scheduled.set(false);
            if (!queue.isEmpty()) {
                schedule();
            }
        }
    }

    private void finish() {
        finished = true;
        try {
            sink.flush();
        } catch (ClientGoneException e) {
            sink.discard();
        }
        var unused = channel.close();
    }
}
