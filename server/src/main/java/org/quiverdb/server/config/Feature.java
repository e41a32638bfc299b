package org.quiverdb.server.config;

/**
 * The rows of the product's surface (DESIGN.md's port table) a setting belongs to. A row that is
 * not built yet still has its settings accepted and validated, but turning it on is a startup
 * error: configuration is never silently ignored.
 */
public enum Feature {
    CORE("the database server", true),
    BOLT("the Bolt connector", true),
    BOLT_TLS("TLS on the Bolt connector", true),
    AUTHENTICATION("authentication", true),
    HTTP("the HTTP connector", true),
    HTTPS("the HTTPS connector", true),
    BACKUP("online backup", false),
    CAUSAL_CLUSTER("causal clustering", false),
    HA_CLUSTER("HA (master/slave) clustering", false),
    METRICS("metrics and Graphite reporting", false),
    SHELL("the legacy remote shell", false);

    private final String title;
    private final boolean built;

    Feature(String title, boolean built) {
        this.title = title;
        this.built = built;
    }

    /** How a user would name the row, for messages. */
    public String title() {
        return title;
    }

    /** Whether this build can run the row; unbuilt rows must stay off. */
    public boolean built() {
        return built;
    }
}
