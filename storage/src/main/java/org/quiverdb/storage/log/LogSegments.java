package org.quiverdb.storage.log;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quiverdb.storage.api.FileSystem;

/** Names and lists the log segments of a database directory: {@code txlog.<sequence>}. */
public final class LogSegments {
    static final String PREFIX = "txlog.";

    private LogSegments() {}

    public static Path path(Path directory, long sequence) {
        return directory.resolve(PREFIX + sequence);
    }

    /** The segment sequence numbers present, ascending. */
    public static List<Long> list(FileSystem fs, Path directory) throws IOException {
        List<Long> sequences = new ArrayList<>();
        for (Path file : fs.list(directory)) {
            String name = file.getFileName().toString();
            if (name.startsWith(PREFIX)) {
                try {
                    sequences.add(Long.parseLong(name.substring(PREFIX.length())));
                } catch (NumberFormatException e) {
                    // Not a segment of ours (for example an editor's backup copy): leave it alone.
                }
            }
        }
        sequences.sort(null);
        return sequences;
    }
}
