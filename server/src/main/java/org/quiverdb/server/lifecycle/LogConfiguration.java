package org.quiverdb.server.lifecycle;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Configures logback in code, so the distribution needs no XML and the log folder follows {@code
 * server.directories.logs}:
 *
 * <ul>
 *   <li>{@code quiver.log}: the {@link UserLog} only, INFO and up;
 *   <li>{@code debug.log}: everything, DEBUG for Quiver's own loggers, INFO for libraries;
 *   <li>the console (console mode only): the user log, as in quiver.log.
 * </ul>
 *
 * Both files roll over at {@link #ROLL_SIZE}, keeping {@link #KEEP_FILES} old files. Called once,
 * from the launcher's main thread, before any component starts.
 */
public final class LogConfiguration {
    static final String ROLL_SIZE = "20MB";
    // Checking a file's size on every event would cost a stat call each; once a second is plenty.
    static final long SIZE_CHECK_MILLIS = 1000;
    static final int KEEP_FILES = 7;
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSSZ} %-5level %msg%n";
    private static final String DEBUG_PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSSZ} %-5level [%thread] %logger{36} %msg%n%ex";

    /** Where output goes besides the files. */
    public enum Console {
        USER_LOG,
        NONE
    }

    private LogConfiguration() {}

    public static void configure(Path logsDirectory, Console console) {
        configure(logsDirectory, console, ROLL_SIZE, SIZE_CHECK_MILLIS);
    }

    /**
     * As {@link #configure(Path, Console)}, rolling over at {@code rollSize} (e.g. {@code 20MB}),
     * checking the size at most every {@code checkMillis}.
     */
    static void configure(Path logsDirectory, Console console, String rollSize, long checkMillis) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(rolling(context, logsDirectory.resolve("debug.log"), DEBUG_PATTERN, rollSize, checkMillis));
        context.getLogger("org.quiverdb").setLevel(Level.DEBUG);

        Logger user = context.getLogger(UserLog.NAME);
        user.setLevel(Level.INFO);
        user.addAppender(rolling(context, logsDirectory.resolve("quiver.log"), PATTERN, rollSize, checkMillis));
        if (console == Console.USER_LOG) {
            ConsoleAppender<ILoggingEvent> out = new ConsoleAppender<>();
            out.setContext(context);
            out.setName("console");
            out.setEncoder(encoder(context, PATTERN));
            out.start();
            user.addAppender(out);
        }
    }

    /** Flushes and closes every appender; the last thing a stopping server does. */
    public static void shutdown() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).stop();
    }

    private static Appender<ILoggingEvent> rolling(
            LoggerContext context, Path file, String pattern, String rollSize, long checkMillis) {
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(file.getFileName().toString());
        appender.setFile(file.toString());
        appender.setEncoder(encoder(context, pattern));

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(file + ".%i");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(KEEP_FILES);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf(rollSize));
        trigger.setCheckIncrement(Duration.buildByMilliseconds((double) checkMillis));
        trigger.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.start();
        return appender;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
