package org.quiverdb.http.api;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.quiverdb.http.discovery.DiscoveryEndpoint;
import org.quiverdb.http.endpoint.TxEndpoint;
import org.quiverdb.http.query.QueryEndpoint;
import org.quiverdb.http.routing.BasicAuth;
import org.quiverdb.http.routing.Routes;
import org.quiverdb.http.tls.CertificateFolder;
import org.quiverdb.http.tls.KeyMaterial;
import org.quiverdb.http.tls.SelfSignedGenerator;
import org.quiverdb.http.transaction.TransactionRegistry;
import org.quiverdb.http.transport.HttpChannelInitializer;
import org.quiverdb.http.transport.InFlightRequests;
import org.quiverdb.session.api.SessionService;

/**
 * The HTTP and HTTPS connector: Neo4j's discovery document, transactional endpoint and Query API
 * over Netty. {@link #start()} binds the configured listeners and returns where they bound; {@link
 * #stop()} closes them, rolls back open transactions and stops the threads it owns. A server starts
 * once; start a new one after a stop.
 *
 * <p>Event-loop threads only parse and write bytes; every request runs on the worker executor.
 * Thread-safe: start and stop are synchronized; requests run concurrently.
 */
public final class HttpServer implements AutoCloseable {
    private static final long SWEEP_SECONDS = 1;
    private static final long DRAIN_SECONDS = 5;

    /** The most requests the server's own pool runs at once (each connection runs one at a time). */
    public static final int MAX_WORKERS = 400;

    private final SessionService sessions;
    private final HttpServerConfig config;
    private final ExecutorService workers;
    private final boolean ownsWorkers;
    private final TransactionRegistry txRegistry;
    private final TransactionRegistry queryRegistry;
    private final List<Channel> listeners = new ArrayList<>();
    private final InFlightRequests inFlight = new InFlightRequests();
    private final ChannelGroup connections = new DefaultChannelGroup("quiver-http", GlobalEventExecutor.INSTANCE);
    private EventLoopGroup bossGroup;
    private EventLoopGroup ioGroup;
    private ScheduledFuture<?> sweeper;
    private boolean stopped;

    /** A server with its own worker threads (stopped with it). */
    public HttpServer(SessionService sessions, HttpServerConfig config) {
        this(sessions, config, workerPool(), true);
    }

    /**
     * Threads on demand up to {@link #MAX_WORKERS}, idle ones retire after a minute; a request
     * arriving when all are busy is refused with 503 rather than queued without bound.
     */
    private static ExecutorService workerPool() {
        return new ThreadPoolExecutor(
                0,
                MAX_WORKERS,
                60,
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                new DefaultThreadFactory("quiver-http-worker", true));
    }

    /** A server running requests on {@code workers}, which the caller owns and shuts down. */
    public HttpServer(SessionService sessions, HttpServerConfig config, ExecutorService workers) {
        this(sessions, config, workers, false);
    }

    private HttpServer(SessionService sessions, HttpServerConfig config, ExecutorService workers, boolean owns) {
        this.sessions = sessions;
        this.config = config;
        this.workers = workers;
        this.ownsWorkers = owns;
        this.txRegistry = new TransactionRegistry(config.clock(), config.idleTransactionTimeout());
        this.queryRegistry = new TransactionRegistry(config.clock(), config.idleTransactionTimeout());
    }

    /** Binds the listeners; on failure nothing stays bound. */
    public synchronized BoundAddresses start() throws IOException {
        if (bossGroup != null || stopped) {
            throw new IllegalStateException("http server already " + (stopped ? "stopped" : "started")
                    + " (expected: a new server for each start)");
        }
        bossGroup = new MultiThreadIoEventLoopGroup(
                1, new DefaultThreadFactory("quiver-http-accept", true), NioIoHandler.newFactory());
        ioGroup = new MultiThreadIoEventLoopGroup(
                0, new DefaultThreadFactory("quiver-http-io", true), NioIoHandler.newFactory());
        try {
            Routes routes = new Routes(
                    new BasicAuth(sessions),
                    new DiscoveryEndpoint(config.advertisedBoltAddress()),
                    new TxEndpoint(sessions, txRegistry),
                    new QueryEndpoint(sessions, queryRegistry));
            InetSocketAddress http = config.httpAddress() == null ? null : bind(config.httpAddress(), null, routes);
            InetSocketAddress https =
                    config.httpsAddress() == null ? null : bind(config.httpsAddress(), tlsContext(), routes);
            sweeper =
                    ioGroup.next().scheduleAtFixedRate(this::sweepSoon, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
            return new BoundAddresses(http, https);
        } catch (IOException | RuntimeException e) {
            stop();
            throw e;
        }
    }

    private InetSocketAddress bind(InetSocketAddress address, SslContext tls, Routes routes) throws IOException {
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(bossGroup, ioGroup)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new HttpChannelInitializer(
                        tls,
                        config.maxBodyBytes(),
                        routes,
                        workers,
                        config.idleTransactionTimeout(),
                        connections,
                        inFlight));
        ChannelFuture bound = bootstrap.bind(address).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            throw new IOException(
                    "cannot listen on " + address + ": " + bound.cause().getMessage(), bound.cause());
        }
        listeners.add(bound.channel());
        return (InetSocketAddress) bound.channel().localAddress();
    }

    private SslContext tlsContext() throws IOException {
        String host = config.httpsAddress().getHostString();
        String name = host.isEmpty() || host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        KeyMaterial material = new CertificateFolder(config.certificatesDirectory())
                .loadOrCreate(new SelfSignedGenerator(config.clock(), new SecureRandom()), name);
        return SslContextBuilder.forServer(material.privateKey(), material.certificate())
                .build();
    }

    private void sweepSoon() {
        try {
            workers.execute(() -> {
                txRegistry.expireIdle();
                queryRegistry.expireIdle();
            });
        } catch (RejectedExecutionException e) {
            // stopping: the registries are closed by stop()
        }
    }

    /**
     * Closes the listeners, terminates running transactions and rolls back open ones, lets
     * requests in flight answer (up to {@link #DRAIN_SECONDS}), then stops owned threads.
     * Idempotent.
     */
    public synchronized void stop() {
        stopped = true;
        if (sweeper != null) {
            sweeper.cancel(false);
            sweeper = null;
        }
        for (Channel listener : listeners) {
            listener.close().awaitUninterruptibly();
        }
        listeners.clear();
        txRegistry.closeAll();
        queryRegistry.closeAll();
        awaitInFlight();
        if (ownsWorkers) {
            workers.shutdownNow();
        }
        // a request that ended after the first pass may have left its transaction open
        txRegistry.closeAll();
        queryRegistry.closeAll();
        // closing runs on each event loop after the writes already queued there, so answers
        // finished during the drain reach their clients; shutting the loops down first would drop them
        connections.close().awaitUninterruptibly(DRAIN_SECONDS, TimeUnit.SECONDS);
        shutdown(ioGroup);
        shutdown(bossGroup);
        ioGroup = null;
        bossGroup = null;
    }

    private void awaitInFlight() {
        try {
            inFlight.awaitIdle(Duration.ofSeconds(DRAIN_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void shutdown(EventLoopGroup group) {
        if (group != null) {
            Future<?> done = group.shutdownGracefully(0, 2, TimeUnit.SECONDS);
            done.awaitUninterruptibly();
        }
    }

    /** The number of open transactions (transactional endpoint and Query API). */
    public int openTransactions() {
        return txRegistry.size() + queryRegistry.size();
    }

    @Override
    public void close() {
        stop();
    }
}
