/**
 * Lifecycle: the server's components (databases, then connectors) started in dependency order
 * and stopped in reverse, the checks that a listener can bind before anything starts, and the
 * logging set-up ({@code logs/quiver.log} for users, {@code logs/debug.log} for diagnosis).
 */
package org.quiverdb.server.lifecycle;
