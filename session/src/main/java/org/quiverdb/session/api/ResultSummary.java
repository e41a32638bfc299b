package org.quiverdb.session.api;

import java.util.List;
import org.quiverdb.cypher.api.Notification;
import org.quiverdb.cypher.api.PlanDescription;
import org.quiverdb.cypher.api.QueryStatistics;
import org.quiverdb.cypher.api.QueryType;

/**
 * What a client learns after the last row.
 *
 * @param bookmark the bookmark after an auto-commit statement committed, else null
 * @param timeToLastMillis time spent streaming the result
 * @param plan the plan of an EXPLAIN or PROFILE query (with measured counts for PROFILE), else null
 */
public record ResultSummary(
        QueryStatistics statistics,
        QueryType queryType,
        List<Notification> notifications,
        String database,
        String bookmark,
        long timeToLastMillis,
        PlanDescription plan) {}
