/** The databases of one process: naming, lifecycle, and the engine behind each. */
package org.quiverdb.kernel.database;
