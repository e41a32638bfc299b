package org.quiverdb.bolt.packstream;

import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quiverdb.values.value.BooleanValue;
import org.quiverdb.values.value.BytesValue;
import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/**
 * Reads PackStream from one complete message. Every size is checked against the bytes actually
 * left before anything is allocated, so a lying header costs nothing; nesting is bounded by
 * {@link PackStreamFormat#MAX_DEPTH}. Invalid input throws {@link PackStreamException}.
 * Confined to one thread.
 */
public final class PackStreamReader {
    private final ByteBuf in;

    public PackStreamReader(ByteBuf in) {
        this.in = in;
    }

    public boolean hasRemaining() {
        return in.isReadable();
    }

    /** The header of a structure: its field count and tag. */
    public record StructHeader(int fields, int tag) {}

    public StructHeader readStructHeader() {
        int marker = readMarker();
        int fields;
        if ((marker & 0xF0) == PackStreamFormat.TINY_STRUCT) {
            fields = marker & 0x0F;
        } else if (marker == PackStreamFormat.STRUCT_8) {
            fields = readUnsigned(1);
        } else if (marker == PackStreamFormat.STRUCT_16) {
            fields = readUnsigned(2);
        } else {
            throw unexpected(marker, "structure");
        }
        return new StructHeader(fields, readUnsigned(1));
    }

    public Value readValue(StructureDecoder structures) {
        return readValue(structures, 0);
    }

    /** Reads one value at nesting {@code depth}. */
    public Value readValue(StructureDecoder structures, int depth) {
        if (depth > PackStreamFormat.MAX_DEPTH) {
            throw new PackStreamException(
                    "nesting depth: " + depth + " (expected: <= " + PackStreamFormat.MAX_DEPTH + ")");
        }
        int marker = peekMarker();
        int high = marker & 0xF0;
        if (marker <= 0x7F || high == 0xF0) {
            in.skipBytes(1);
            return IntegerValue.of((byte) marker);
        }
        if (high == PackStreamFormat.TINY_STRING) {
            return StringValue.of(readString());
        } else if (high == PackStreamFormat.TINY_LIST) {
            return readList(structures, depth);
        } else if (high == PackStreamFormat.TINY_MAP) {
            return readMap(structures, depth);
        } else if (high == PackStreamFormat.TINY_STRUCT) {
            return readStruct(structures, depth);
        }
        return switch (marker) {
            case PackStreamFormat.NULL -> {
                in.skipBytes(1);
                yield NullValue.NULL;
            }
            case PackStreamFormat.TRUE, PackStreamFormat.FALSE -> BooleanValue.of(readBoolean());
            case PackStreamFormat.FLOAT_64 -> FloatValue.of(readFloat());
            case PackStreamFormat.INT_8, PackStreamFormat.INT_16, PackStreamFormat.INT_32, PackStreamFormat.INT_64 ->
                IntegerValue.of(readInt());
            case PackStreamFormat.BYTES_8, PackStreamFormat.BYTES_16, PackStreamFormat.BYTES_32 ->
                BytesValue.of(readBytes());
            case PackStreamFormat.STRING_8, PackStreamFormat.STRING_16, PackStreamFormat.STRING_32 ->
                StringValue.of(readString());
            case PackStreamFormat.LIST_8, PackStreamFormat.LIST_16, PackStreamFormat.LIST_32 ->
                readList(structures, depth);
            case PackStreamFormat.MAP_8, PackStreamFormat.MAP_16, PackStreamFormat.MAP_32 -> readMap(structures, depth);
            case PackStreamFormat.STRUCT_8, PackStreamFormat.STRUCT_16 -> readStruct(structures, depth);
            default -> throw unexpected(marker, "a value");
        };
    }

    private Value readStruct(StructureDecoder structures, int depth) {
        StructHeader header = readStructHeader();
        return structures.decode(header.tag(), header.fields(), this, depth);
    }

    private ListValue readList(StructureDecoder structures, int depth) {
        int size = readListHeader();
        List<Value> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(readValue(structures, depth + 1));
        }
        return new ListValue(items);
    }

    private MapValue readMap(StructureDecoder structures, int depth) {
        int size = readMapHeader();
        Map<String, Value> entries = new LinkedHashMap<>(Math.max(4, size * 2));
        for (int i = 0; i < size; i++) {
            String key = readString();
            Value value = readValue(structures, depth + 1);
            if (entries.put(key, value) != null) {
                throw new PackStreamException("duplicate map key: '" + key + "' (expected: distinct keys)");
            }
        }
        return new MapValue(entries);
    }

    public int peekMarker() {
        require(1);
        return in.getUnsignedByte(in.readerIndex());
    }

    public boolean readBoolean() {
        int marker = readMarker();
        return switch (marker) {
            case PackStreamFormat.TRUE -> true;
            case PackStreamFormat.FALSE -> false;
            default -> throw unexpected(marker, "a boolean");
        };
    }

    public long readInt() {
        int marker = readMarker();
        if (marker <= 0x7F || (marker & 0xF0) == 0xF0) {
            return (byte) marker;
        }
        return switch (marker) {
            case PackStreamFormat.INT_8 -> {
                require(1);
                yield in.readByte();
            }
            case PackStreamFormat.INT_16 -> {
                require(2);
                yield in.readShort();
            }
            case PackStreamFormat.INT_32 -> {
                require(4);
                yield in.readInt();
            }
            case PackStreamFormat.INT_64 -> {
                require(8);
                yield in.readLong();
            }
            default -> throw unexpected(marker, "an integer");
        };
    }

    public double readFloat() {
        int marker = readMarker();
        if (marker != PackStreamFormat.FLOAT_64) {
            throw unexpected(marker, "a float");
        }
        require(8);
        return in.readDouble();
    }

    public String readString() {
        int marker = readMarker();
        int size;
        if ((marker & 0xF0) == PackStreamFormat.TINY_STRING) {
            size = marker & 0x0F;
        } else {
            size = switch (marker) {
                case PackStreamFormat.STRING_8 -> readUnsigned(1);
                case PackStreamFormat.STRING_16 -> readUnsigned(2);
                case PackStreamFormat.STRING_32 -> readSize32();
                default -> throw unexpected(marker, "a string");
            };
        }
        require(size);
        byte[] utf8 = new byte[size];
        in.readBytes(utf8);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new PackStreamException("string of " + size + " bytes is not valid UTF-8");
        }
    }

    public byte[] readBytes() {
        int marker = readMarker();
        int size =
                switch (marker) {
                    case PackStreamFormat.BYTES_8 -> readUnsigned(1);
                    case PackStreamFormat.BYTES_16 -> readUnsigned(2);
                    case PackStreamFormat.BYTES_32 -> readSize32();
                    default -> throw unexpected(marker, "bytes");
                };
        require(size);
        byte[] bytes = new byte[size];
        in.readBytes(bytes);
        return bytes;
    }

    /** A list header; the count is checked against the bytes left (each item takes at least one). */
    public int readListHeader() {
        int marker = readMarker();
        int size = (marker & 0xF0) == PackStreamFormat.TINY_LIST
                ? marker & 0x0F
                : switch (marker) {
                    case PackStreamFormat.LIST_8 -> readUnsigned(1);
                    case PackStreamFormat.LIST_16 -> readUnsigned(2);
                    case PackStreamFormat.LIST_32 -> readSize32();
                    default -> throw unexpected(marker, "a list");
                };
        require(size);
        return size;
    }

    /** A map header; the count is checked against the bytes left (each entry takes at least two). */
    public int readMapHeader() {
        int marker = readMarker();
        int size = (marker & 0xF0) == PackStreamFormat.TINY_MAP
                ? marker & 0x0F
                : switch (marker) {
                    case PackStreamFormat.MAP_8 -> readUnsigned(1);
                    case PackStreamFormat.MAP_16 -> readUnsigned(2);
                    case PackStreamFormat.MAP_32 -> readSize32();
                    default -> throw unexpected(marker, "a map");
                };
        require(2L * size);
        return size;
    }

    private int readMarker() {
        require(1);
        return in.readUnsignedByte();
    }

    private int readUnsigned(int bytes) {
        require(bytes);
        return bytes == 1 ? in.readUnsignedByte() : in.readUnsignedShort();
    }

    private int readSize32() {
        require(4);
        long size = in.readUnsignedInt();
        if (size > in.readableBytes()) {
            throw new PackStreamException("size: " + size + " (expected: <= " + in.readableBytes() + " bytes left)");
        }
        return (int) size;
    }

    private void require(long bytes) {
        if (bytes > in.readableBytes()) {
            throw new PackStreamException(
                    "truncated: need " + bytes + " bytes (expected: <= " + in.readableBytes() + " left)");
        }
    }

    private static PackStreamException unexpected(int marker, String expected) {
        return new PackStreamException(
                "marker: 0x" + Integer.toHexString(marker).toUpperCase(Locale.ROOT) + " (expected: " + expected + ")");
    }
}
