package org.quiverdb.http.transport;

import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;

/**
 * One request and the means to answer it, handed to an {@link HttpHandler} on a worker thread. A
 * response is either whole ({@link #respond}) or streamed in chunks ({@link #stream}), never both.
 * Confined to the worker thread that handles the request.
 */
public final class Exchange {
    private final Channel channel;
    private final FullHttpRequest request;
    private final String scheme;
    private final WritabilityGate gate;
    private final Duration writeTimeout;
    private final QueryStringDecoder uri;
    private boolean responded;
    private ChunkedBodyStream stream;

    Exchange(Channel channel, FullHttpRequest request, String scheme, WritabilityGate gate, Duration writeTimeout) {
        this.channel = channel;
        this.request = request;
        this.scheme = scheme;
        this.gate = gate;
        this.writeTimeout = writeTimeout;
        this.uri = new QueryStringDecoder(request.uri());
    }

    public HttpMethod method() {
        return request.method();
    }

    /** The decoded path, without the query string. */
    public String path() {
        return uri.path();
    }

    /** A request header, or {@code null}. */
    public String header(CharSequence name) {
        return request.headers().get(name);
    }

    /** The request body (already complete and within the size limit). */
    public InputStream body() {
        return new ByteBufInputStream(request.content().duplicate());
    }

    public int bodyLength() {
        return request.content().readableBytes();
    }

    /** {@code http://host:port} as the client addressed this server (its Host header). */
    public String baseUri() {
        String host = header(HttpHeaderNames.HOST);
        if (host == null || host.isBlank()) {
            SocketAddress local = channel.localAddress();
            host = local instanceof InetSocketAddress inet ? inet.getHostString() + ":" + inet.getPort() : "localhost";
        }
        return scheme + "://" + host;
    }

    /** The host name the client used, without port (for advertising other listeners on it). */
    public String requestHostName() {
        String base = baseUri().substring(scheme.length() + 3);
        if (base.startsWith("[")) {
            int end = base.indexOf(']');
            return end > 0 ? base.substring(0, end + 1) : base;
        }
        int colon = base.lastIndexOf(':');
        return colon < 0 ? base : base.substring(0, colon);
    }

    /** Sends a whole response with a Content-Length. */
    public void respond(HttpResponseStatus status, String contentType, byte[] body, Map<String, String> headers) {
        markResponding();
        FullHttpResponse response =
                new DefaultFullHttpResponse(request.protocolVersion(), status, Unpooled.wrappedBuffer(body));
        HttpHeaders out = response.headers();
        headers.forEach(out::set);
        out.set(HttpHeaderNames.CONTENT_TYPE, contentType);
        out.setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        ChannelFuture unused = channel.writeAndFlush(response);
    }

    /** Starts a chunked response; the caller writes the body and closes the stream to end it. */
    public OutputStream stream(HttpResponseStatus status, String contentType, Map<String, String> headers) {
        markResponding();
        boolean http10 = request.protocolVersion().equals(HttpVersion.HTTP_1_0);
        HttpResponse response = new DefaultHttpResponse(request.protocolVersion(), status);
        HttpHeaders out = response.headers();
        headers.forEach(out::set);
        out.set(HttpHeaderNames.CONTENT_TYPE, contentType);
        if (http10) {
            // HTTP/1.0 knows no chunks: the body runs until the connection closes
            out.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        } else {
            out.set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
        }
        ChannelFuture unused = channel.write(response);
        stream = new ChunkedBodyStream(channel, gate, writeTimeout, http10);
        return stream;
    }

    /** True once a response has started. */
    public boolean responded() {
        return responded;
    }

    /** True when a streamed response was started and not ended: the connection cannot be reused. */
    boolean streamLeftOpen() {
        return stream != null && !stream.isClosed();
    }

    /** Drops a half-sent response: the only honest signal left to the client is closing. */
    void abandon() {
        if (stream != null) {
            stream.abandon();
        }
        ChannelFuture unused = channel.close();
    }

    private void markResponding() {
        if (responded) {
            throw new IllegalStateException("a response was already sent for " + request.method() + " " + path());
        }
        responded = true;
    }
}
