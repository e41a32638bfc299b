package org.quiverdb.http.transport;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import org.quiverdb.http.json.ErrorJson;
import org.quiverdb.http.json.Failure;
import org.quiverdb.kernel.api.Status;

/**
 * Collects a request body up to a limit. A larger body is answered with 413 and a Neo4j error, and
 * the connection is closed: the rest of the body is still on its way and would be read as the
 * next request. Confined to the channel's event loop.
 */
final class BodyLimitAggregator extends HttpObjectAggregator {
    private final int maxBodyBytes;

    BodyLimitAggregator(int maxBodyBytes) {
        super(maxBodyBytes);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        long declared = HttpUtil.getContentLength(oversized, -1L);
        String size = declared >= 0 ? declared + " bytes" : "more than " + maxBodyBytes + " bytes";
        String message = "request body: " + size + " (expected: <= " + maxBodyBytes + " bytes)";
        byte[] body = ErrorJson.errorsBody(new Failure(Status.REQUEST_INVALID_FORMAT, message));
        FullHttpResponse response = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        response.headers().set(HttpHeaderNames.CONNECTION, "close");
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
}
