package org.quiverdb.storage.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.quiverdb.storage.api.FileSystem;

/**
 * Wraps a file system and breaks the Nth write or force: it fails it outright, tears it (half the
 * bytes land, then an error), or the process "dies" just before it. After the fault every
 * operation fails, as the process would be gone. Counts operations when N is never reached, so a
 * test can learn how many a scenario makes. Thread-safe (synchronized).
 */
public final class FaultyFileSystem implements FileSystem {
    /** How the Nth operation breaks. */
    public enum Fault {
        FAIL,
        TEAR,
        DIE_BEFORE
    }

    private final FileSystem inner;
    private final long faultAt;
    private final Fault fault;
    private long operations;
    private boolean dead;

    public FaultyFileSystem(FileSystem inner, long faultAt, Fault fault) {
        this.inner = inner;
        this.faultAt = faultAt;
        this.fault = fault;
    }

    public synchronized long operations() {
        return operations;
    }

    private synchronized void checkAlive() throws IOException {
        if (dead) {
            throw new IOException("simulated crash: the process is gone");
        }
    }

    /** Returns true when this operation is the faulty one (and marks the file system dead). */
    private synchronized boolean step() throws IOException {
        checkAlive();
        operations++;
        if (operations == faultAt) {
            dead = true;
            return true;
        }
        return false;
    }

    @Override
    public AppendChannel openAppend(Path file) throws IOException {
        checkAlive();
        AppendChannel channel = inner.openAppend(file);
        return new AppendChannel() {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (step()) {
                    if (fault == Fault.TEAR) {
                        channel.write(bytes, offset, length / 2);
                    }
                    throw new IOException("simulated " + fault + " of write " + faultAt);
                }
                channel.write(bytes, offset, length);
            }

            @Override
            public void force() throws IOException {
                if (step()) {
                    throw new IOException("simulated " + fault + " of force " + faultAt);
                }
                channel.force();
            }

            @Override
            public long size() throws IOException {
                checkAlive();
                return channel.size();
            }

            @Override
            public void truncate(long size) throws IOException {
                if (step()) {
                    throw new IOException("simulated " + fault + " of truncate " + faultAt);
                }
                channel.truncate(size);
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }

    @Override
    public byte[] readAll(Path file) throws IOException {
        checkAlive();
        return inner.readAll(file);
    }

    @Override
    public boolean exists(Path file) {
        return inner.exists(file);
    }

    @Override
    public void createDirectories(Path directory) throws IOException {
        checkAlive();
        inner.createDirectories(directory);
    }

    @Override
    public List<Path> list(Path directory) throws IOException {
        checkAlive();
        return inner.list(directory);
    }

    @Override
    public void delete(Path file) throws IOException {
        if (step()) {
            throw new IOException("simulated " + fault + " of delete " + faultAt);
        }
        inner.delete(file);
    }

    @Override
    public void rename(Path source, Path target) throws IOException {
        if (step()) {
            throw new IOException("simulated " + fault + " of rename " + faultAt);
        }
        inner.rename(source, target);
    }

    @Override
    public AutoCloseable lock(Path file) throws IOException {
        checkAlive();
        return inner.lock(file);
    }

    @Override
    public void syncDirectory(Path directory) throws IOException {
        checkAlive();
        inner.syncDirectory(directory);
    }
}
