/** Benchmarks: main-class harnesses that print figures for the issue notes. */
package org.quiverdb.bench;
