package org.quiverdb.values.value;

import java.util.Arrays;

/**
 * A Cypher POINT: a coordinate reference system (by SRID) and 2 or 3 coordinates. The SRIDs are
 * Neo4j's: 7203 cartesian, 9157 cartesian-3d, 4326 WGS-84, 4979 WGS-84-3d.
 */
public final class PointValue implements Value {
    public static final int CARTESIAN = 7203;
    public static final int CARTESIAN_3D = 9157;
    public static final int WGS84 = 4326;
    public static final int WGS84_3D = 4979;

    private final int srid;
    private final double[] coordinates;

    private PointValue(int srid, double[] coordinates) {
        this.srid = srid;
        this.coordinates = coordinates;
    }

    /** A point in the CRS {@code srid}; the coordinate count must match the CRS's dimension. */
    public static PointValue of(int srid, double... coordinates) {
        int expected = dimensionOf(srid);
        if (coordinates.length != expected) {
            throw new IllegalArgumentException("point with srid " + srid + ": " + coordinates.length
                    + " coordinates (expected: " + expected + ")");
        }
        return new PointValue(srid, coordinates.clone());
    }

    /** The number of coordinates of a CRS; throws for an SRID Neo4j does not know. */
    public static int dimensionOf(int srid) {
        return switch (srid) {
            case CARTESIAN, WGS84 -> 2;
            case CARTESIAN_3D, WGS84_3D -> 3;
            default ->
                throw new IllegalArgumentException("unknown srid: " + srid + " (expected: 7203, 9157, 4326 or 4979)");
        };
    }

    public int srid() {
        return srid;
    }

    public int dimension() {
        return coordinates.length;
    }

    public double coordinate(int index) {
        return coordinates[index];
    }

    public double x() {
        return coordinates[0];
    }

    public double y() {
        return coordinates[1];
    }

    /** The third coordinate; only for 3D points. */
    public double z() {
        return coordinates[2];
    }

    public boolean isGeographic() {
        return srid == WGS84 || srid == WGS84_3D;
    }

    @Override
    public String typeName() {
        return "POINT";
    }

    @Override
    public boolean isStorable() {
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PointValue that && srid == that.srid && Arrays.equals(coordinates, that.coordinates);
    }

    @Override
    public int hashCode() {
        return 31 * srid + Arrays.hashCode(coordinates);
    }

    @Override
    public String toString() {
        return "PointValue[srid=" + srid + ", coordinates=" + Arrays.toString(coordinates) + "]";
    }
}
