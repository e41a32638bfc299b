package org.quiverdb.session.api;

import java.util.List;
import org.quiverdb.cypher.api.Notification;
import org.quiverdb.cypher.api.QueryStatistics;
import org.quiverdb.cypher.api.QueryType;

/**
 * What a client learns after the last row.
 *
 * @param bookmark the bookmark after an auto-commit statement committed, else null
 * @param timeToLastMillis time spent streaming the result
 */
public record ResultSummary(
        QueryStatistics statistics,
        QueryType queryType,
        List<Notification> notifications,
        String database,
        String bookmark,
        long timeToLastMillis) {}
