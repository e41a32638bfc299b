package org.quiverdb.bolt.api;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
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
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.quiverdb.bolt.transport.BoltChannelInitializer;
import org.quiverdb.session.api.SessionService;

/**
 * The Bolt listener: accepts driver connections, negotiates a version (1 to 5.8), and serves
 * requests through the session layer. Event-loop threads only decode and write; queries run on
 * a worker pool, one request at a time per connection.
 *
 * <p>Lifecycle: {@link #start()} once, {@link #stop()} once (idempotent). Thread-safe.
 */
public final class BoltServer implements AutoCloseable {
    private final SessionService sessions;
    private final BoltServerConfig config;
    private final ChannelGroup channels = new DefaultChannelGroup("bolt", GlobalEventExecutor.INSTANCE);
    private EventLoopGroup bossGroup;
    private EventLoopGroup ioGroup;
    private ExecutorService workers;
    private volatile InetSocketAddress boundAddress;

    private final Clock clock;

    /** A server whose generated certificate (if any) is dated by the system clock. */
    public BoltServer(SessionService sessions, BoltServerConfig config) {
        this(sessions, config, Clock.systemUTC());
    }

    /** A server; {@code clock} dates a generated self-signed certificate. */
    public BoltServer(SessionService sessions, BoltServerConfig config, Clock clock) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Binds the listen address; returns the address actually bound (with the real port). */
    public synchronized InetSocketAddress start() {
        if (bossGroup != null) {
            throw new IllegalStateException("Bolt server already started on " + boundAddress);
        }
        bossGroup = new MultiThreadIoEventLoopGroup(
                1, new DefaultThreadFactory("quiver-bolt-accept", true), NioIoHandler.newFactory());
        ioGroup = new MultiThreadIoEventLoopGroup(
                config.ioThreads(), new DefaultThreadFactory("quiver-bolt-io", true), NioIoHandler.newFactory());
        workers = Executors.newCachedThreadPool(new DefaultThreadFactory("quiver-bolt-worker", true));
        BoltChannelInitializer initializer = new BoltChannelInitializer(
                sessions,
                workers,
                config.maxMessageSize(),
                this::advertisedAddress,
                tlsContext(),
                config.tlsLevel() != TlsLevel.REQUIRED);
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(bossGroup, ioGroup)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        channels.add(channel);
                        channel.pipeline().addLast(initializer);
                    }
                });
        try {
            Channel server =
                    bootstrap.bind(config.listenAddress()).syncUninterruptibly().channel();
            channels.add(server);
            boundAddress = (InetSocketAddress) server.localAddress();
            return boundAddress;
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    private SslContext tlsContext() {
        if (config.tlsLevel() == TlsLevel.DISABLED) {
            return null;
        }
        TlsCredentials credentials = config.tlsCredentials();
        if (credentials == null) {
            credentials =
                    SelfSignedCertificate.generate(config.listenAddress().getHostString(), clock, new SecureRandom());
        }
        try {
            return SslContextBuilder.forServer(
                            credentials.privateKey(), credentials.chain().toArray(new X509Certificate[0]))
                    .build();
        } catch (SSLException e) {
            throw new IllegalStateException("Bolt TLS setup failed: " + e.getMessage(), e);
        }
    }

    /** The bound address, or null before {@link #start()}. */
    public InetSocketAddress boundAddress() {
        return boundAddress;
    }

    /** {@code host:port} that routing tables name. */
    public String advertisedAddress() {
        InetSocketAddress bound = boundAddress;
        int boundPort = bound == null ? BoltServerConfig.DEFAULT_PORT : bound.getPort();
        String configured = config.advertisedAddress();
        if (configured == null || configured.isEmpty()) {
            String host = bound == null ? "localhost" : bound.getHostString();
            if (host.equals("0.0.0.0") || host.equals("::") || host.equals("0:0:0:0:0:0:0:0")) {
                host = "localhost";
            }
            return host + ":" + boundPort;
        }
        int colon = configured.lastIndexOf(':');
        if (colon < 0) {
            return configured + ":" + boundPort;
        }
        String port = configured.substring(colon + 1);
        return port.isEmpty() || port.equals("0") ? configured.substring(0, colon) + ":" + boundPort : configured;
    }

    /** Closes the listener and every connection, then releases the threads. */
    public synchronized void stop() {
        var unused = channels.close().awaitUninterruptibly(10, TimeUnit.SECONDS);
        if (bossGroup != null) {
            bossGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
            ioGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
            workers.shutdownNow();
            bossGroup = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
