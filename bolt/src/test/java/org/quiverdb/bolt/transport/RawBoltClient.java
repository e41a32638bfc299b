package org.quiverdb.bolt.transport;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import org.quiverdb.bolt.chunk.ChunkFormat;
import org.quiverdb.bolt.packstream.PackStreamReader;
import org.quiverdb.bolt.packstream.PackStreamWriter;
import org.quiverdb.bolt.packstream.ValueDialect;
import org.quiverdb.bolt.packstream.ValuePacker;
import org.quiverdb.bolt.packstream.ValueUnpacker;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.Value;

/** A bare Bolt client over a socket, for tests that send exactly the bytes they mean. */
final class RawBoltClient implements AutoCloseable {
    /** One decoded response: its signature and its fields. */
    record Response(int signature, List<Value> fields) {
        MapValue metadata() {
            return (MapValue) fields.get(0);
        }
    }

    private static final ValueDialect DIALECT = new ValueDialect(true, true, true);
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    RawBoltClient(InetSocketAddress address) throws IOException {
        socket = new Socket(address.getAddress(), address.getPort());
        socket.setSoTimeout(10_000);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    void sendHandshake(int... slots) throws IOException {
        ByteBuf buf = Unpooled.buffer().writeInt(0x6060B017);
        for (int i = 0; i < 4; i++) {
            buf.writeInt(i < slots.length ? slots[i] : 0);
        }
        send(bytes(buf));
    }

    int readInt() throws IOException {
        return in.readInt();
    }

    int readByte() throws IOException {
        return in.readUnsignedByte();
    }

    /** Sends one message: a structure with {@code signature} and {@code fields}. */
    void sendMessage(int signature, Value... fields) throws IOException {
        ByteBuf body = Unpooled.buffer();
        PackStreamWriter writer = new PackStreamWriter(body);
        writer.writeStructHeader(fields.length, signature);
        ValuePacker packer = new ValuePacker(DIALECT);
        for (Value field : fields) {
            packer.pack(field, writer);
        }
        sendChunked(bytes(body));
    }

    void sendChunked(byte[] message) throws IOException {
        ByteBuf framed = Unpooled.buffer();
        ChunkFormat.writeMessage(Unpooled.wrappedBuffer(message), framed);
        send(bytes(framed));
    }

    Response readResponse() throws IOException {
        ByteBuf message = Unpooled.buffer();
        while (true) {
            int size = in.readUnsignedShort();
            if (size == 0) {
                if (message.isReadable()) {
                    break;
                }
                continue;
            }
            byte[] chunk = new byte[size];
            in.readFully(chunk);
            message.writeBytes(chunk);
        }
        PackStreamReader reader = new PackStreamReader(message);
        PackStreamReader.StructHeader header = reader.readStructHeader();
        List<Value> fields = new ArrayList<>();
        for (int i = 0; i < header.fields(); i++) {
            fields.add(reader.readValue(new ValueUnpacker(DIALECT)));
        }
        return new Response(header.tag(), fields);
    }

    /** True when the server closed the connection (end of stream within the socket timeout). */
    boolean closedByServer() throws IOException {
        try {
            return in.read() == -1;
        } catch (EOFException e) {
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            // A reset also means the server dropped us.
            return true;
        }
    }

    private static byte[] bytes(ByteBuf buf) {
        byte[] bytes = new byte[buf.readableBytes()];
        buf.readBytes(bytes);
        return bytes;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
