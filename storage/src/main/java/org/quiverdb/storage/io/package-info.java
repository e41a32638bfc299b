/** File system implementations behind the {@code FileSystem} seam: the real one and an in-memory one. */
package org.quiverdb.storage.io;
