package org.quiverdb.cypher.engine;

import java.util.List;
import org.quiverdb.cypher.api.Notification;
import org.quiverdb.cypher.api.PlanDescription;
import org.quiverdb.cypher.api.QueryExecution;
import org.quiverdb.cypher.api.QueryStatistics;
import org.quiverdb.cypher.api.QueryType;
import org.quiverdb.cypher.runtime.ExecutionContext;
import org.quiverdb.cypher.runtime.Materializer;
import org.quiverdb.cypher.runtime.RowStream;
import org.quiverdb.values.value.Value;

/**
 * One execution: pulls one row from the root stream per {@link #next()}, projects the result
 * columns and turns entity references into full values. Confined to one thread at a time.
 */
final class RunningQuery implements QueryExecution {
    private final ExecutionPlan plan;
    private final ExecutionContext context;
    private final Materializer materializer;
    private RowStream stream;
    private boolean done;
    private List<Notification> notifications;

    RunningQuery(ExecutionPlan plan, ExecutionContext context) {
        this.plan = plan;
        this.context = context;
        this.materializer = new Materializer(context.tx());
    }

    @Override
    public List<String> fieldNames() {
        return plan.columns();
    }

    @Override
    public Value[] next() {
        if (done) {
            return null;
        }
        try {
            if (stream == null) {
                stream = plan.root().open(context, context.newRow());
            }
            Value[] row = stream.next();
            while (row != null && plan.columns().isEmpty()) {
                row = stream.next();
            }
            if (row == null) {
                done = true;
                return null;
            }
            Value[] out = new Value[plan.columns().size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = materializer.materialize(row[plan.columnSlot(i)]);
            }
            return out;
        } catch (RuntimeException e) {
            done = true;
            throw e;
        }
    }

    @Override
    public QueryStatistics statistics() {
        return context.statistics().snapshot();
    }

    @Override
    public QueryType queryType() {
        return plan.type();
    }

    @Override
    public List<Notification> notifications() {
        if (notifications == null) {
            List<Notification> all = new java.util.ArrayList<>(plan.notifications());
            all.addAll(PlanNotifications.unknownTokens(plan.tokenUses(), context.tx()));
            notifications = List.copyOf(all);
        }
        return notifications;
    }

    @Override
    public java.util.Optional<PlanDescription> plan() {
        PlanDescriber d = plan.describer();
        return d == null ? java.util.Optional.empty() : java.util.Optional.of(d.describe(context.profile()));
    }

    @Override
    public void close() {
        done = true;
        stream = null;
    }
}
