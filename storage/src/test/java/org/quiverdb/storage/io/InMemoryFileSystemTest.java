package org.quiverdb.storage.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.quiverdb.storage.api.FileSystem;

class InMemoryFileSystemTest extends FileSystemContractTest {
    private final InMemoryFileSystem fs = new InMemoryFileSystem();

    @Override
    FileSystem fileSystem() {
        return fs;
    }

    @Override
    Path directory() {
        return Path.of("/mem");
    }

    @Test
    void crashDropsBytesWrittenAfterTheLastForce() throws IOException {
        Path file = Path.of("/mem/log");
        FileSystem.AppendChannel channel = fs.openAppend(file);
        channel.write(new byte[] {1, 2}, 0, 2);
        channel.force();
        channel.write(new byte[] {3}, 0, 1);
        fs.crash();
        assertThat(fs.readAll(file)).containsExactly(1, 2);
    }
}
