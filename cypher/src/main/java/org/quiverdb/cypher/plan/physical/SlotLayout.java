package org.quiverdb.cypher.plan.physical;

/** Hands out slot offsets for one plan; the final count is the row width. Confined to planning. */
public final class SlotLayout {
    private int next;

    public int allocate() {
        return next++;
    }

    public int width() {
        return next;
    }
}
