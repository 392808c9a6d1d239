package io.strata.mergetree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Data directories of tables in an in-memory catalog: temporary, removed at JVM exit. */
final class TemporaryTables {
    private static final List<Path> DIRECTORIES = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("strata-temporary-tables").unstarted(() -> {
            for (Path p : DIRECTORIES) PartDirectories.deleteRecursively(p);
        }));
    }

    private TemporaryTables() {
    }

    static Path create() {
        try {
            Path p = Files.createTempDirectory("strata-table-");
            DIRECTORIES.add(p);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary table directory", e);
        }
    }
}
