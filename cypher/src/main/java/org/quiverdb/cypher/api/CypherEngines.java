package org.quiverdb.cypher.api;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.quiverdb.cypher.engine.QueryEngine;

/** Creates Cypher engines. The one way other modules obtain a {@link CypherEngine}. */
public final class CypherEngines {
    private CypherEngines() {}

    /**
     * An engine reading time from {@code clock} ({@code timestamp()}, {@code datetime()}) and
     * randomness from {@code random} ({@code rand()}), with no procedures.
     */
    public static CypherEngine create(Clock clock, Random random) {
        return create(clock, random, List.of());
    }

    /** An engine that can also CALL the given procedures (names are case-insensitive). */
    public static CypherEngine create(Clock clock, Random random, List<Procedure> procedures) {
        Map<String, Procedure> byName = new LinkedHashMap<>();
        for (Procedure p : procedures) {
            byName.put(p.name().toLowerCase(Locale.ROOT), p);
        }
        return new QueryEngine(clock, random, byName);
    }
}
