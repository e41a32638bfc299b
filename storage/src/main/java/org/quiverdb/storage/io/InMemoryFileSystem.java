package org.quiverdb.storage.io;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quiverdb.storage.api.FileSystem;

/**
 * A file system in memory that remembers which bytes were forced: {@link #crash()} drops every
 * byte written since the file's last force, as a power cut would. Directory entries (creations,
 * renames, deletions) are treated as durable at once. Thread-safe: every method synchronizes on
 * this.
 */
public final class InMemoryFileSystem implements FileSystem {
    private static final class File {
        byte[] data = new byte[0];
        int size;
        int forced;
    }

    private final Map<Path, File> files = new HashMap<>();
    private final Set<Path> locks = new HashSet<>();
    /** Bumped by {@link #crash()}: channels opened before fail, as the crashed process is gone. */
    private int generation;

    private synchronized File file(Path path) throws NoSuchFileException {
        File file = files.get(path.normalize());
        if (file == null) {
            throw new NoSuchFileException(path.toString());
        }
        return file;
    }

    @Override
    public synchronized AppendChannel openAppend(Path path) {
        File file = files.computeIfAbsent(path.normalize(), p -> new File());
        int openedIn = generation;
        return new AppendChannel() {
            private boolean open = true;

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                synchronized (InMemoryFileSystem.this) {
                    check();
                    if (file.size + length > file.data.length) {
                        file.data = Arrays.copyOf(file.data, Math.max(file.data.length * 2, file.size + length));
                    }
                    System.arraycopy(bytes, offset, file.data, file.size, length);
                    file.size += length;
                }
            }

            @Override
            public void force() throws IOException {
                synchronized (InMemoryFileSystem.this) {
                    check();
                    file.forced = file.size;
                }
            }

            @Override
            public long size() throws IOException {
                synchronized (InMemoryFileSystem.this) {
                    return file.size;
                }
            }

            @Override
            public void truncate(long size) throws IOException {
                synchronized (InMemoryFileSystem.this) {
                    check();
                    file.size = (int) Math.min(file.size, size);
                    file.forced = Math.min(file.forced, file.size);
                }
            }

            private void check() throws IOException {
                if (!open || openedIn != generation) {
                    throw new IOException("channel closed");
                }
            }

            @Override
            public void close() {
                open = false;
            }
        };
    }

    @Override
    public synchronized byte[] readAll(Path path) throws IOException {
        File file = file(path);
        return Arrays.copyOf(file.data, file.size);
    }

    @Override
    public synchronized boolean exists(Path path) {
        return files.containsKey(path.normalize());
    }

    @Override
    public void createDirectories(Path directory) {
        // Directories exist implicitly.
    }

    @Override
    public synchronized List<Path> list(Path directory) {
        List<Path> out = new ArrayList<>();
        Path dir = directory.normalize();
        for (Path path : files.keySet()) {
            if (dir.equals(path.getParent())) {
                out.add(path);
            }
        }
        return out;
    }

    @Override
    public synchronized void delete(Path path) {
        files.remove(path.normalize());
    }

    @Override
    public synchronized void rename(Path source, Path target) throws IOException {
        File file = file(source);
        files.remove(source.normalize());
        files.put(target.normalize(), file);
    }

    @Override
    public void syncDirectory(Path directory) {
        // Directory entries are durable at once here.
    }

    @Override
    public synchronized AutoCloseable lock(Path file) throws IOException {
        Path key = file.normalize();
        if (!locks.add(key)) {
            throw new IOException("Unable to get a lock on " + file + "; another instance is using the store");
        }
        files.computeIfAbsent(key, p -> new File());
        return () -> {
            synchronized (InMemoryFileSystem.this) {
                locks.remove(key);
            }
        };
    }

    /** Simulates a power cut: every file loses the bytes written after its last force. */
    public synchronized void crash() {
        generation++;
        locks.clear();
        for (File file : files.values()) {
            file.size = file.forced;
        }
    }

    /** Overwrites one byte of a file in place (corruption tests); the byte counts as forced. */
    public synchronized void flipBit(Path path, long offset, int bit) throws IOException {
        File file = file(path);
        file.data[(int) offset] ^= (byte) (1 << bit);
    }
}
