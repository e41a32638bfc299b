package org.quiverdb.storage.io;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.quiverdb.storage.api.FileSystem;

class RealFileSystemTest extends FileSystemContractTest {
    @TempDir
    Path temp;

    @Override
    FileSystem fileSystem() {
        return new RealFileSystem();
    }

    @Override
    Path directory() {
        return temp;
    }
}
