package org.quiverdb.server.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that no row of the surface that this build cannot run is switched on. Each such row
 * has one or two switches; turning one on is a startup error that names the switch and the row,
 * never a silent no-op. Stateless.
 */
final class UnbuiltFeatures {
    private UnbuiltFeatures() {}

    static List<String> problems(Config config) {
        List<String> problems = new ArrayList<>();
        switchedOn(config, Setting.AUTH_ENABLED, problems);
        switchedOn(config, Setting.BACKUP_ENABLED, problems);
        switchedOn(config, Setting.SHELL_ENABLED, problems);
        switchedOn(config, Setting.METRICS_ENABLED, problems);
        switchedOn(config, Setting.METRICS_GRAPHITE_ENABLED, problems);
        String tls = config.text(Setting.BOLT_TLS_LEVEL).orElse("DISABLED");
        if (!Setting.BOLT_TLS_LEVEL.feature().built() && !tls.equals("DISABLED")) {
            String key = Setting.BOLT_TLS_LEVEL.key();
            problems.add(notBuilt(key + "=" + tls, Feature.BOLT_TLS, key + "=DISABLED"));
        }
        String mode = config.text(Setting.DBMS_MODE).orElse("SINGLE");
        Feature cluster =
                switch (mode) {
                    case "CORE", "READ_REPLICA" -> Feature.CAUSAL_CLUSTER;
                    case "HA", "ARBITER" -> Feature.HA_CLUSTER;
                    default -> null;
                };
        if (cluster != null && !cluster.built()) {
            problems.add(notBuilt(Setting.DBMS_MODE.key() + "=" + mode, cluster, Setting.DBMS_MODE.key() + "=SINGLE"));
        }
        return problems;
    }

    private static void switchedOn(Config config, Setting setting, List<String> problems) {
        if (!setting.feature().built() && config.bool(setting)) {
            problems.add(notBuilt(setting.key() + "=true", setting.feature(), setting.key() + "=false"));
        }
    }

    private static String notBuilt(String written, Feature feature, String valid) {
        return "'" + written + "' turns on " + feature.title()
                + ", which this version of Quiver does not provide yet (expected: " + valid + ")";
    }
}
