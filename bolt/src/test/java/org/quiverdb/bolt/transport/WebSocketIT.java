package org.quiverdb.bolt.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quiverdb.bolt.api.BoltServer;
import org.quiverdb.bolt.api.BoltServerConfig;
import org.quiverdb.bolt.chunk.ChunkFormat;
import org.quiverdb.bolt.message.MessageFormat;
import org.quiverdb.bolt.packstream.PackStreamReader;
import org.quiverdb.bolt.packstream.PackStreamWriter;
import org.quiverdb.bolt.packstream.StructureDecoder;
import org.quiverdb.bolt.packstream.ValueDialect;
import org.quiverdb.bolt.packstream.ValuePacker;
import org.quiverdb.session.api.SessionServices;
import org.quiverdb.session.fake.FakeDatabases;
import org.quiverdb.session.fake.ScriptedEngine;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/** Bolt inside WebSocket binary frames on the same port, as browser drivers connect. */
class WebSocketIT {
    private static BoltServer server;
    private static InetSocketAddress address;

    @BeforeAll
    static void start() {
        server = new BoltServer(
                SessionServices.create(new FakeDatabases(), new ScriptedEngine(), Clock.systemUTC()),
                BoltServerConfig.listeningOn(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
        address = server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** Collects binary frames into one byte stream. */
    private static final class Listener implements WebSocket.Listener {
        final LinkedBlockingQueue<Byte> bytes = new LinkedBlockingQueue<>();

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            while (data.hasRemaining()) {
                bytes.add(data.get());
            }
            ws.request(1);
            return CompletableFuture.completedFuture(null);
        }

        byte[] take(int n) throws InterruptedException {
            byte[] out = new byte[n];
            for (int i = 0; i < n; i++) {
                Byte b = bytes.poll(10, TimeUnit.SECONDS);
                assertThat(b).as("byte %d of %d", i, n).isNotNull();
                out[i] = b;
            }
            return out;
        }

        /** One response: signature and fields. */
        List<Object> response() throws InterruptedException {
            ByteBuf message = Unpooled.buffer();
            while (true) {
                byte[] header = take(2);
                int size = ((header[0] & 0xFF) << 8) | (header[1] & 0xFF);
                if (size == 0) {
                    if (message.isReadable()) {
                        break;
                    }
                    continue;
                }
                message.writeBytes(take(size));
            }
            PackStreamReader reader = new PackStreamReader(message);
            PackStreamReader.StructHeader h = reader.readStructHeader();
            List<Object> out = new ArrayList<>();
            out.add(h.tag());
            for (int i = 0; i < h.fields(); i++) {
                out.add(reader.readValue(StructureDecoder.NONE));
            }
            return out;
        }
    }

    private static ByteBuffer message(int signature, Value... fields) {
        ByteBuf body = Unpooled.buffer();
        PackStreamWriter writer = new PackStreamWriter(body);
        writer.writeStructHeader(fields.length, signature);
        for (Value f : fields) {
            new ValuePacker(new ValueDialect(true, true, true)).pack(f, writer);
        }
        ByteBuf framed = Unpooled.buffer();
        ChunkFormat.writeMessage(body, framed);
        return framed.nioBuffer();
    }

    @Test
    void boltRunsInsideWebSocketFrames() throws Exception {
        Listener listener = new Listener();
        WebSocket ws = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + address.getPort() + "/"), listener)
                .get(10, TimeUnit.SECONDS);
        ByteBuf handshake =
                Unpooled.buffer().writeInt(0x6060B017).writeInt(0x00070705).writeInt(0x00020404);
        handshake.writeInt(0).writeInt(0);
        ws.sendBinary(handshake.nioBuffer(), true).get(10, TimeUnit.SECONDS);
        assertThat(listener.take(4)).containsExactly(0, 0, 7, 5);
        ws.sendBinary(message(MessageFormat.HELLO, new MapValue(Map.of("user_agent", StringValue.of("ws/1")))), true)
                .get(10, TimeUnit.SECONDS);
        assertThat(listener.response().get(0)).isEqualTo(MessageFormat.SUCCESS);
        ws.sendBinary(message(MessageFormat.LOGON, new MapValue(Map.of("scheme", StringValue.of("none")))), true)
                .get(10, TimeUnit.SECONDS);
        assertThat(listener.response().get(0)).isEqualTo(MessageFormat.SUCCESS);
        ws.sendBinary(message(MessageFormat.RUN, StringValue.of("RETURN 7"), MapValue.EMPTY, MapValue.EMPTY), true)
                .get(10, TimeUnit.SECONDS);
        ws.sendBinary(message(MessageFormat.PULL, new MapValue(Map.of("n", IntegerValue.of(-1)))), true)
                .get(10, TimeUnit.SECONDS);
        assertThat(listener.response().get(0)).isEqualTo(MessageFormat.SUCCESS);
        List<Object> record = listener.response();
        assertThat(record.get(0)).isEqualTo(MessageFormat.RECORD);
        assertThat(record.get(1).toString()).contains("7");
        assertThat(listener.response().get(0)).isEqualTo(MessageFormat.SUCCESS);
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(10, TimeUnit.SECONDS);
    }
}
