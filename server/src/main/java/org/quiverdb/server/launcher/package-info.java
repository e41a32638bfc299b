/**
 * The {@code quiver} command: {@code console} (foreground), {@code start} (background, returns
 * once listening), {@code stop}, {@code restart}, {@code status} and {@code version}, each taking
 * {@code --home DIR} and repeatable {@code --set key=value}. Built with picocli; the pid file and
 * the readiness file live in the home's {@code run/} folder.
 */
package org.quiverdb.server.launcher;
