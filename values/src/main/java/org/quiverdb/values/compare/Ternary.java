package org.quiverdb.values.compare;

import org.quiverdb.values.value.BooleanValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.Value;

/** Cypher's three truth values: TRUE, FALSE and UNKNOWN (null). Immutable. */
public enum Ternary {
    TRUE,
    FALSE,
    UNKNOWN;

    public static Ternary of(boolean b) {
        return b ? TRUE : FALSE;
    }

    /** The Cypher value: a boolean, or null for UNKNOWN. */
    public Value toValue() {
        return switch (this) {
            case TRUE -> BooleanValue.TRUE;
            case FALSE -> BooleanValue.FALSE;
            case UNKNOWN -> NullValue.NULL;
        };
    }

    public Ternary and(Ternary o) {
        if (this == FALSE || o == FALSE) {
            return FALSE;
        }
        return this == TRUE && o == TRUE ? TRUE : UNKNOWN;
    }

    public Ternary or(Ternary o) {
        if (this == TRUE || o == TRUE) {
            return TRUE;
        }
        return this == FALSE && o == FALSE ? FALSE : UNKNOWN;
    }

    public Ternary not() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
