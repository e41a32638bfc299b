package org.quiverdb.cypher.engine;

import java.util.List;
import org.quiverdb.cypher.api.Notification;
import org.quiverdb.cypher.api.QueryType;
import org.quiverdb.cypher.plan.physical.Operator;

/**
 * A compiled statement: the root operator, the row width, the result columns and their slots, and
 * the query type; for EXPLAIN/PROFILE its description, and its planning-time notifications. Those
 * two are set once while compiling, before the plan is published through the (locked) plan cache;
 * effectively immutable after that and shared between executions (operators are stateless).
 */
final class ExecutionPlan {
    private final Operator root;
    private final int width;
    private final List<String> columns;
    private final int[] columnSlots;
    private final QueryType type;
    private PlanDescriber describer;
    private List<Notification> notifications = List.of();
    private List<PlanNotifications.TokenUse> tokenUses = List.of();
    private int profiledOperators = -1;

    ExecutionPlan(Operator root, int width, List<String> columns, int[] columnSlots, QueryType type) {
        this.root = root;
        this.width = width;
        this.columns = List.copyOf(columns);
        this.columnSlots = columnSlots.clone();
        this.type = type;
    }

    Operator root() {
        return root;
    }

    int width() {
        return width;
    }

    List<String> columns() {
        return columns;
    }

    int columnSlot(int i) {
        return columnSlots[i];
    }

    /**
     * Marks this an EXPLAIN (operators -1) or PROFILE (operators: how many count) plan described
     * by {@code d}; called once, before the plan is shared.
     */
    ExecutionPlan described(PlanDescriber d, int operators) {
        this.describer = d;
        this.profiledOperators = operators;
        return this;
    }

    /** Attaches the planning-time notifications; called once, before the plan is shared. */
    ExecutionPlan notifying(List<Notification> found, List<PlanNotifications.TokenUse> uses) {
        this.notifications = List.copyOf(found);
        this.tokenUses = List.copyOf(uses);
        return this;
    }

    /** The labels and types MATCH reads, to warn about unknown ones at each execution. */
    List<PlanNotifications.TokenUse> tokenUses() {
        return tokenUses;
    }

    List<Notification> notifications() {
        return notifications;
    }

    /** The description for EXPLAIN / PROFILE, else null. */
    PlanDescriber describer() {
        return describer;
    }

    /** Operators counted under PROFILE, or -1 when this is not a PROFILE plan. */
    int profiledOperators() {
        return profiledOperators;
    }

    QueryType type() {
        return type;
    }
}
