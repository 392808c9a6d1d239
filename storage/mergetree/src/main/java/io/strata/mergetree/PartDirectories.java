package io.strata.mergetree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** File-system chores on part directories. */
final class PartDirectories {
    private PartDirectories() {
    }

    /**
     * Removes a published part. Its files go one by one, so a crash midway would leave a
     * directory under the part's name with some files missing, which start-up takes for a broken
     * part (and, were the part not covered by another, for data). The directory is therefore
     * first renamed, atomically, to a temporary name, which start-up removes as an unfinished
     * leftover; the rename is fsynced before the first file goes.
     */
    static void removePart(Path part) {
        // the part is immutable and its cached marks, blocks and open files can never be hit
        // again: drop them now, while they would only hold memory and deleted files' space
        ReadCaches.invalidate(part);
        Path doomed = part.resolveSibling(PartFiles.TEMPORARY_PREFIX + "delete_" + part.getFileName());
        try {
            deleteRecursively(doomed);
            Files.move(part, doomed, StandardCopyOption.ATOMIC_MOVE);
            PartWriter.fsyncDirectory(part.getParent());
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove part " + part, e);
        }
        deleteRecursively(doomed);
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) return;
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException ignored) {
            // already gone
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + dir, e);
        }
    }
}
