package org.quiverdb.storage.checkpoint;

import java.io.IOException;
import java.nio.file.Path;
import org.quiverdb.storage.api.FileSystem;
import org.quiverdb.storage.api.StorageException;
import org.quiverdb.storage.api.StorageFailure;
import org.quiverdb.storage.api.TokenKind;
import org.quiverdb.storage.format.BytesIn;
import org.quiverdb.storage.format.CorruptDataException;
import org.quiverdb.storage.graph.GraphStore;
import org.quiverdb.storage.log.CommandFormatV1;
import org.quiverdb.storage.log.LogFormatV1;

/**
 * Loads a checkpoint into an empty {@link GraphStore}, verifying the header and every block's
 * checksum first, so a damaged checkpoint is rejected (for recovery to fall back to the previous
 * one) before anything is loaded. Confined to the recovering thread.
 */
public final class CheckpointReader {
    private final byte[] bytes;
    private final Path path;
    private CheckpointFormatV1.Header header;

    private CheckpointReader(byte[] bytes, Path path) {
        this.bytes = bytes;
        this.path = path;
    }

    /**
     * Reads and verifies the file. Fails with {@link CorruptDataException} when damaged or
     * incomplete, and with {@link StorageFailure#UNSUPPORTED_FORMAT} for an unknown version.
     */
    public static CheckpointReader open(byte[] bytes, Path path) {
        CheckpointReader reader = new CheckpointReader(bytes, path);
        reader.verify();
        return reader;
    }

    public static CheckpointReader open(FileSystem fs, Path path) throws IOException {
        return open(fs.readAll(path), path);
    }

    public CheckpointFormatV1.Header header() {
        return header;
    }

    private void verify() {
        header = CheckpointFormatV1.readHeader(bytes);
        if (header == null) {
            throw new CorruptDataException(path + ": checkpoint header damaged");
        }
        if (header.version() != CheckpointFormatV1.VERSION) {
            throw new StorageException(
                    StorageFailure.UNSUPPORTED_FORMAT,
                    path + ": checkpoint format version " + header.version() + " (expected: "
                            + CheckpointFormatV1.VERSION + "); this store was written by a different Quiver version");
        }
        int offset = CheckpointFormatV1.HEADER_SIZE;
        boolean ended = false;
        while (offset < bytes.length && !ended) {
            int length = blockLength(offset);
            ended = bytes[offset + CheckpointFormatV1.BLOCK_HEADER_SIZE] == CheckpointFormatV1.END;
            offset += CheckpointFormatV1.BLOCK_HEADER_SIZE + length;
        }
        if (!ended) {
            throw new CorruptDataException(path + ": checkpoint has no END block (incomplete)");
        }
    }

    private int blockLength(int offset) {
        if (bytes.length - offset < CheckpointFormatV1.BLOCK_HEADER_SIZE) {
            throw new CorruptDataException(path + ": truncated block header at offset " + offset);
        }
        BytesIn in = new BytesIn(bytes, offset, CheckpointFormatV1.BLOCK_HEADER_SIZE);
        int length = in.readInt();
        int crc = in.readInt();
        int start = offset + CheckpointFormatV1.BLOCK_HEADER_SIZE;
        if (length < 1 || length > CheckpointFormatV1.MAX_BLOCK || length > bytes.length - start) {
            throw new CorruptDataException(path + ": block length " + length + " at offset " + offset
                    + " (expected: 1.." + (bytes.length - start) + ")");
        }
        if (crc != LogFormatV1.crc(bytes, start, length)) {
            throw new CorruptDataException(path + ": block checksum mismatch at offset " + offset);
        }
        return length;
    }

    /** Loads every block into {@code store} and finishes the load (counts, id pools). */
    public void loadInto(GraphStore store) {
        int offset = CheckpointFormatV1.HEADER_SIZE;
        while (true) {
            int length = blockLength(offset);
            BytesIn in = new BytesIn(bytes, offset + CheckpointFormatV1.BLOCK_HEADER_SIZE, length);
            int kind = in.readByte();
            if (kind == CheckpointFormatV1.END) {
                break;
            }
            while (in.hasRemaining()) {
                loadItem(store, kind, in);
            }
            offset += CheckpointFormatV1.BLOCK_HEADER_SIZE + length;
        }
        store.finishLoad();
    }

    private static void loadItem(GraphStore store, int kind, BytesIn in) {
        switch (kind) {
            case CheckpointFormatV1.TOKENS -> {
                TokenKind tokenKind = CommandFormatV1.tokenKind(in.readByte());
                store.tokens().put(tokenKind, in.readVarInt(), in.readString());
            }
            case CheckpointFormatV1.NODES -> {
                long node = in.readVarLong();
                store.loadNode(node, in.readBytes(in.readVarInt()));
            }
            case CheckpointFormatV1.RELATIONSHIPS -> {
                long rel = in.readVarLong();
                int type = in.readVarInt();
                long start = in.readVarLong();
                long end = in.readVarLong();
                store.loadRelationship(rel, type, start, end, in.readBytes(in.readVarInt()));
            }
            default -> throw new CorruptDataException("checkpoint block kind " + kind + " (expected: 1..4)");
        }
    }
}
