package org.quiverdb.storage.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The file operations storage needs, and nothing more: append-only channels with force, whole-file
 * reads, atomic renames and directory syncs. The seam where tests put an in-memory file system
 * that can lose unsynced bytes, or one that fails or tears the Nth write.
 *
 * <p>Implementations are thread-safe; one channel is used by one thread at a time.
 */
public interface FileSystem {
    /** Opens {@code file} for appending, creating it empty when absent. */
    AppendChannel openAppend(Path file) throws IOException;

    /** The whole content of {@code file}. */
    byte[] readAll(Path file) throws IOException;

    boolean exists(Path file);

    void createDirectories(Path directory) throws IOException;

    /** The files directly inside {@code directory}, in no particular order; empty when absent. */
    List<Path> list(Path directory) throws IOException;

    void delete(Path file) throws IOException;

    /** Atomically replaces {@code target} with {@code source}. */
    void rename(Path source, Path target) throws IOException;

    /** Makes creations, renames and deletions in {@code directory} durable. */
    void syncDirectory(Path directory) throws IOException;

    /**
     * Takes the exclusive lock on {@code file} (created when absent) for this process, so two
     * processes never open one store; fails with an {@code IOException} when another holder has it.
     * Closing the returned handle releases it; so does the death of the process.
     */
    AutoCloseable lock(Path file) throws IOException;

    /** An open file written at its end. */
    interface AppendChannel extends AutoCloseable {
        void write(byte[] bytes, int offset, int length) throws IOException;

        /** Forces every written byte to stable storage. */
        void force() throws IOException;

        long size() throws IOException;

        /** Cuts the file to {@code size} bytes; later writes go after it. */
        void truncate(long size) throws IOException;

        @Override
        void close() throws IOException;
    }
}
