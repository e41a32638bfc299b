package org.quiverdb.bolt.packstream;

/**
 * Tags and field counts of the value structures. Integers are PackStream ints, floats FLOAT_64.
 *
 * <pre>
 * tag  type                 fields (Bolt 1-4)                             Bolt 5 adds
 * 4E N Node                 id, labels, properties                        element_id
 * 52 R Relationship         id, start_id, end_id, type, properties       element_id, start_element_id, end_element_id
 * 72 r UnboundRelationship  id, type, properties                          element_id
 * 50 P Path                 nodes, unbound relationships, indices
 * 44 D Date                 days since 1970-01-01
 * 54 T Time                 nanos of day (local), offset seconds
 * 74 t LocalTime            nanos of day
 * 64 d LocalDateTime        epoch seconds of the wall clock read as UTC, nanos
 * 49 I DateTime (offset)    epoch seconds of the instant, nanos, offset seconds   (UTC dialect)
 * 69 i DateTime (zone id)   epoch seconds of the instant, nanos, zone id         (UTC dialect)
 * 46 F DateTime (offset)    epoch seconds of the wall clock, nanos, offset secs  (legacy dialect)
 * 66 f DateTime (zone id)   epoch seconds of the wall clock, nanos, zone id      (legacy dialect)
 * 45 E Duration             months, days, seconds, nanos
 * 58 X Point2D              srid, x, y
 * 59 Y Point3D              srid, x, y, z
 * </pre>
 *
 * Example: {@code date('2024-01-02')} (19724 days) is {@code B1 44 C9 4D 0C}.
 */
public final class StructureFormat {
    public static final int NODE = 0x4E;
    public static final int RELATIONSHIP = 0x52;
    public static final int UNBOUND_RELATIONSHIP = 0x72;
    public static final int PATH = 0x50;
    public static final int DATE = 0x44;
    public static final int TIME = 0x54;
    public static final int LOCAL_TIME = 0x74;
    public static final int LOCAL_DATE_TIME = 0x64;
    public static final int DATE_TIME_UTC_OFFSET = 0x49;
    public static final int DATE_TIME_UTC_ZONE_ID = 0x69;
    public static final int DATE_TIME_LEGACY_OFFSET = 0x46;
    public static final int DATE_TIME_LEGACY_ZONE_ID = 0x66;
    public static final int DURATION = 0x45;
    public static final int POINT_2D = 0x58;
    public static final int POINT_3D = 0x59;

    private StructureFormat() {}
}
