package org.quiverdb.bolt.packstream;

/**
 * The PackStream v1 byte layout: one marker byte, then a size and/or payload. All multi-byte
 * numbers are big-endian; sizes are unsigned.
 *
 * <pre>
 * marker     type           payload
 * 00..7F     TINY_INT       the marker is the value 0..127
 * F0..FF     TINY_INT       the marker is the value -16..-1
 * 80..8F     TINY_STRING    low nibble = UTF-8 byte count, then the bytes
 * 90..9F     TINY_LIST      low nibble = item count, then the items
 * A0..AF     TINY_MAP       low nibble = entry count, then key/value pairs (keys are strings)
 * B0..BF     TINY_STRUCT    low nibble = field count, then one tag byte, then the fields
 * C0         NULL
 * C1         FLOAT_64       8-byte IEEE 754 double
 * C2 / C3    FALSE / TRUE
 * C8 C9 CA CB  INT_8/16/32/64
 * CC CD CE   BYTES_8/16/32  u8/u16/u32 length, then raw bytes
 * D0 D1 D2   STRING_8/16/32 u8/u16/u32 byte length, then UTF-8
 * D4 D5 D6   LIST_8/16/32   u8/u16/u32 item count
 * D8 D9 DA   MAP_8/16/32    u8/u16/u32 entry count
 * DC DD      STRUCT_8/16    u8/u16 field count, then tag (deprecated; decoded, never written)
 * others     reserved       rejected
 * </pre>
 *
 * Example: the map {a: 1, b: "xy"} is {@code A2 81 61 01 81 62 82 78 79}; the integer 1000 is
 * {@code C9 03 E8}; -17 is {@code C8 EF}.
 */
public final class PackStreamFormat {
    public static final int TINY_STRING = 0x80;
    public static final int TINY_LIST = 0x90;
    public static final int TINY_MAP = 0xA0;
    public static final int TINY_STRUCT = 0xB0;
    public static final int NULL = 0xC0;
    public static final int FLOAT_64 = 0xC1;
    public static final int FALSE = 0xC2;
    public static final int TRUE = 0xC3;
    public static final int INT_8 = 0xC8;
    public static final int INT_16 = 0xC9;
    public static final int INT_32 = 0xCA;
    public static final int INT_64 = 0xCB;
    public static final int BYTES_8 = 0xCC;
    public static final int BYTES_16 = 0xCD;
    public static final int BYTES_32 = 0xCE;
    public static final int STRING_8 = 0xD0;
    public static final int STRING_16 = 0xD1;
    public static final int STRING_32 = 0xD2;
    public static final int LIST_8 = 0xD4;
    public static final int LIST_16 = 0xD5;
    public static final int LIST_32 = 0xD6;
    public static final int MAP_8 = 0xD8;
    public static final int MAP_16 = 0xD9;
    public static final int MAP_32 = 0xDA;
    public static final int STRUCT_8 = 0xDC;
    public static final int STRUCT_16 = 0xDD;

    /** Deepest nesting of lists, maps and structures a decoder accepts (guards the stack). */
    public static final int MAX_DEPTH = 128;

    private PackStreamFormat() {}
}
