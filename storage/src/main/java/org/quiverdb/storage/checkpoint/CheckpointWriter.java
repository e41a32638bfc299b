package org.quiverdb.storage.checkpoint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.quiverdb.storage.api.FileSystem;
import org.quiverdb.storage.api.StoreView;
import org.quiverdb.storage.api.TokenKind;
import org.quiverdb.storage.format.BytesOut;
import org.quiverdb.storage.graph.GraphStore;

/**
 * Writes a checkpoint of one snapshot while writers go on: it reads through an open view (which
 * keeps the snapshot's versions alive) and the store's raw records, entity by entity, so commits
 * are never blocked for longer than one record copy. The file becomes visible only by an atomic
 * rename after it is forced. Confined to the checkpointing thread.
 */
public final class CheckpointWriter {
    private final FileSystem fs;
    private final Path directory;

    public CheckpointWriter(FileSystem fs, Path directory) {
        this.fs = fs;
        this.directory = directory;
    }

    /** Writes {@code checkpoint.<view's tx id>}; returns its path. */
    public Path write(GraphStore store, StoreView view, UUID databaseId) throws IOException {
        long txId = view.transactionId();
        Path temp = Checkpoints.tempPath(directory, txId);
        try (FileSystem.AppendChannel channel = fs.openAppend(temp)) {
            channel.truncate(0);
            byte[] header = CheckpointFormatV1.header(txId, databaseId);
            channel.write(header, 0, header.length);
            Blocks blocks = new Blocks(channel);
            long tokens = writeTokens(store, blocks);
            long nodes = writeNodes(store, view, blocks);
            long rels = writeRelationships(store, view, blocks);
            blocks.flush();
            blocks.start(CheckpointFormatV1.END);
            blocks.payload.writeVarLong(nodes).writeVarLong(rels).writeVarLong(tokens);
            blocks.flush();
            channel.force();
        }
        Path target = Checkpoints.path(directory, txId);
        fs.rename(temp, target);
        fs.syncDirectory(directory);
        return target;
    }

    private static long writeTokens(GraphStore store, Blocks blocks) throws IOException {
        long count = 0;
        blocks.start(CheckpointFormatV1.TOKENS);
        for (TokenKind kind : TokenKind.values()) {
            List<String> names = store.tokens().all(kind);
            for (int id = 0; id < names.size(); id++) {
                blocks.payload.writeByte(kind.code()).writeVarLong(id).writeString(names.get(id));
                count++;
                blocks.maybeFlush(CheckpointFormatV1.TOKENS);
            }
        }
        blocks.flush();
        return count;
    }

    private static long writeNodes(GraphStore store, StoreView view, Blocks blocks) throws IOException {
        long count = 0;
        long limit = view.nodeIdLimit();
        blocks.start(CheckpointFormatV1.NODES);
        for (long node = 0; node < limit; node++) {
            byte[] record = store.nodeRecordBytes(node, view.transactionId());
            if (record != null) {
                blocks.payload.writeVarLong(node).writeVarLong(record.length).writeBytes(record, 0, record.length);
                count++;
                blocks.maybeFlush(CheckpointFormatV1.NODES);
            }
        }
        blocks.flush();
        return count;
    }

    private static long writeRelationships(GraphStore store, StoreView view, Blocks blocks) throws IOException {
        long count = 0;
        long limit = view.relationshipIdLimit();
        blocks.start(CheckpointFormatV1.RELATIONSHIPS);
        for (long rel = 0; rel < limit; rel++) {
            byte[] record = store.relationshipRecordBytes(rel, view.transactionId());
            if (record != null) {
                blocks.payload
                        .writeVarLong(rel)
                        .writeVarLong(view.relationshipType(rel))
                        .writeVarLong(view.relationshipStartNode(rel))
                        .writeVarLong(view.relationshipEndNode(rel))
                        .writeVarLong(record.length)
                        .writeBytes(record, 0, record.length);
                count++;
                blocks.maybeFlush(CheckpointFormatV1.RELATIONSHIPS);
            }
        }
        blocks.flush();
        return count;
    }

    /** Accumulates one block's payload and frames it onto the channel. */
    private static final class Blocks {
        private final FileSystem.AppendChannel channel;
        private final BytesOut payload = new BytesOut(CheckpointFormatV1.BLOCK_TARGET + 4096);
        private final BytesOut framed = new BytesOut(CheckpointFormatV1.BLOCK_TARGET + 4096);
        private boolean hasItems;

        Blocks(FileSystem.AppendChannel channel) {
            this.channel = channel;
        }

        void start(int kind) {
            payload.reset();
            payload.writeByte(kind);
            hasItems = kind == CheckpointFormatV1.END;
        }

        void maybeFlush(int kind) throws IOException {
            hasItems = true;
            if (payload.size() >= CheckpointFormatV1.BLOCK_TARGET) {
                flush();
                start(kind);
            }
        }

        void flush() throws IOException {
            if (!hasItems) {
                return;
            }
            framed.reset();
            CheckpointFormatV1.writeBlock(framed, payload);
            channel.write(framed.array(), 0, framed.size());
            hasItems = false;
        }
    }
}
