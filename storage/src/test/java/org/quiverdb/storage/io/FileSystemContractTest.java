package org.quiverdb.storage.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.quiverdb.storage.api.FileSystem;

/** What every {@link FileSystem} must do; each implementation subclasses this in a few lines. */
abstract class FileSystemContractTest {
    abstract FileSystem fileSystem();

    abstract Path directory() throws IOException;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void appendedBytesAreReadBackInOrder() throws IOException {
        FileSystem fs = fileSystem();
        Path file = directory().resolve("a");
        try (FileSystem.AppendChannel channel = fs.openAppend(file)) {
            channel.write(bytes("hello "), 0, 6);
            channel.write(bytes("world!"), 0, 5);
            channel.force();
            assertThat(channel.size()).isEqualTo(11);
        }
        try (FileSystem.AppendChannel channel = fs.openAppend(file)) {
            channel.write(bytes("?"), 0, 1);
        }
        assertThat(new String(fs.readAll(file), StandardCharsets.UTF_8)).isEqualTo("hello world?");
    }

    @Test
    void truncateCutsAndLaterWritesFollowTheCut() throws IOException {
        FileSystem fs = fileSystem();
        Path file = directory().resolve("t");
        try (FileSystem.AppendChannel channel = fs.openAppend(file)) {
            channel.write(bytes("abcdef"), 0, 6);
            channel.truncate(2);
            channel.write(bytes("Z"), 0, 1);
        }
        assertThat(new String(fs.readAll(file), StandardCharsets.UTF_8)).isEqualTo("abZ");
    }

    @Test
    void renameReplacesAtomicallyAndListSeesIt() throws IOException {
        FileSystem fs = fileSystem();
        Path dir = directory();
        try (FileSystem.AppendChannel channel = fs.openAppend(dir.resolve("x.tmp"))) {
            channel.write(bytes("new"), 0, 3);
            channel.force();
        }
        try (FileSystem.AppendChannel channel = fs.openAppend(dir.resolve("x"))) {
            channel.write(bytes("old"), 0, 3);
        }
        fs.rename(dir.resolve("x.tmp"), dir.resolve("x"));
        fs.syncDirectory(dir);
        assertThat(fs.exists(dir.resolve("x.tmp"))).isFalse();
        assertThat(fs.readAll(dir.resolve("x"))).isEqualTo(bytes("new"));
        assertThat(fs.list(dir)).containsExactly(dir.resolve("x"));
        fs.delete(dir.resolve("x"));
        assertThat(fs.list(dir)).isEmpty();
    }
}
