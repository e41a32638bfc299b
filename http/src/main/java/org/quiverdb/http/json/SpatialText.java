package org.quiverdb.http.json;

import org.quiverdb.values.value.PointValue;

/**
 * Names and text of coordinate reference systems, as Neo4j uses them over HTTP: the CRS name
 * ({@code cartesian}, {@code wgs-84-3d}, ...), its spatialreference.org link, and the extended WKT
 * text {@code SRID=4326;POINT (x y)} the Query API prints. Stateless.
 */
public final class SpatialText {
    private SpatialText() {}

    /** Neo4j's name for the point's CRS. */
    public static String crsName(PointValue point) {
        return switch (point.srid()) {
            case PointValue.CARTESIAN -> "cartesian";
            case PointValue.CARTESIAN_3D -> "cartesian-3d";
            case PointValue.WGS84 -> "wgs-84";
            case PointValue.WGS84_3D -> "wgs-84-3d";
            default -> throw new IllegalArgumentException("unknown srid: " + point.srid());
        };
    }

    /** The spatialreference.org address of the point's CRS. */
    public static String crsHref(PointValue point) {
        String authority = point.isGeographic() ? "epsg" : "sr-org";
        return "http://spatialreference.org/ref/" + authority + "/" + point.srid() + "/ogcwkt/";
    }

    /** {@code SRID=7203;POINT (1.0 2.0)} or {@code SRID=9157;POINT Z (1.0 2.0 3.0)}. */
    public static String wkt(PointValue point) {
        StringBuilder text = new StringBuilder("SRID=").append(point.srid()).append(";POINT ");
        if (point.dimension() == 3) {
            text.append("Z ");
        }
        text.append('(');
        for (int i = 0; i < point.dimension(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(point.coordinate(i));
        }
        return text.append(')').toString();
    }
}
