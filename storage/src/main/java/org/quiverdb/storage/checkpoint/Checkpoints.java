package org.quiverdb.storage.checkpoint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.quiverdb.storage.api.FileSystem;

/** Names and lists checkpoint files: {@code checkpoint.<txId>}, written via {@code .tmp} then renamed. */
public final class Checkpoints {
    static final String PREFIX = "checkpoint.";
    static final String TEMP_SUFFIX = ".tmp";
    /** How many checkpoints are kept: the newest, and one to fall back to if it is damaged. */
    public static final int KEEP = 2;

    private Checkpoints() {}

    public static Path path(Path directory, long txId) {
        return directory.resolve(PREFIX + txId);
    }

    static Path tempPath(Path directory, long txId) {
        return directory.resolve(PREFIX + txId + TEMP_SUFFIX);
    }

    /** Transaction ids of the complete checkpoint files present, newest first. */
    public static List<Long> list(FileSystem fs, Path directory) throws IOException {
        List<Long> ids = new ArrayList<>();
        for (Path file : fs.list(directory)) {
            String name = file.getFileName().toString();
            if (name.startsWith(PREFIX) && !name.endsWith(TEMP_SUFFIX)) {
                try {
                    ids.add(Long.parseLong(name.substring(PREFIX.length())));
                } catch (NumberFormatException e) {
                    // Not one of ours: leave it alone.
                }
            }
        }
        ids.sort(Comparator.reverseOrder());
        return ids;
    }

    /** Deletes leftover temp files and all but the newest {@link #KEEP} checkpoints. */
    public static void prune(FileSystem fs, Path directory) throws IOException {
        for (Path file : fs.list(directory)) {
            String name = file.getFileName().toString();
            if (name.startsWith(PREFIX) && name.endsWith(TEMP_SUFFIX)) {
                fs.delete(file);
            }
        }
        List<Long> ids = list(fs, directory);
        for (int i = KEEP; i < ids.size(); i++) {
            fs.delete(path(directory, ids.get(i)));
        }
    }
}
