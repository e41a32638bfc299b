package org.quiverdb.bolt.fsm;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quiverdb.bolt.message.Metadata;
import org.quiverdb.cypher.api.Notification;
import org.quiverdb.values.value.MapValue;

/**
 * Which notifications a client wants (Bolt 5.2+): {@code notifications_minimum_severity} ({@code
 * OFF}, {@code WARNING} or {@code INFORMATION}) and disabled categories (5.2-5.4 {@code
 * notifications_disabled_categories}, 5.5+ {@code notifications_disabled_classifications}), set in
 * HELLO and overridable per BEGIN or auto-commit RUN. Immutable.
 *
 * @param minimumSeverity null = everything
 * @param disabled upper-case category names
 */
record NotificationFilter(String minimumSeverity, Set<String> disabled) {
    static final NotificationFilter ALL = new NotificationFilter(null, Set.of());

    /** This filter with whatever {@code extra} overrides. */
    NotificationFilter overriddenBy(MapValue extra) {
        String severity = Metadata.string(extra, "notifications_minimum_severity");
        boolean hasCategories = extra.map().containsKey("notifications_disabled_categories")
                || extra.map().containsKey("notifications_disabled_classifications");
        if (severity == null && !hasCategories) {
            return this;
        }
        Set<String> categories = disabled;
        if (hasCategories) {
            List<String> names = Metadata.strings(extra, "notifications_disabled_categories");
            if (names.isEmpty()) {
                names = Metadata.strings(extra, "notifications_disabled_classifications");
            }
            categories = names.stream().map(n -> n.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        }
        return new NotificationFilter(
                severity == null ? minimumSeverity : severity.toUpperCase(Locale.ROOT), categories);
    }

    List<Notification> apply(List<Notification> notifications, Function<Notification, String> category) {
        if ("OFF".equals(minimumSeverity)) {
            return List.of();
        }
        return notifications.stream()
                .filter(n -> !"WARNING".equals(minimumSeverity) || "WARNING".equals(n.severity()))
                .filter(n -> !disabled.contains(category.apply(n)))
                .toList();
    }
}
