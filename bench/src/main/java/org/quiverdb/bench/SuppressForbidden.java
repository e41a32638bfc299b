package org.quiverdb.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a benchmark harness class allowed to use the real clock and standard output, which
 * forbiddenapis bans elsewhere: measuring elapsed time and printing figures is its job.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SuppressForbidden {}
