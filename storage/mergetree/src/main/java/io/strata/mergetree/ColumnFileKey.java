package io.strata.mergetree;

import java.nio.file.Path;

/**
 * Names one file of one part in the server-wide read caches: the part's directory, the identity
 * of its checksums.txt when the part was loaded (file key and modification time, so that a part of
 * the same name written later, after a DROP and CREATE, never meets the entries of the old one),
 * and the file's name. Parts are immutable once published, so an entry never goes stale; entries
 * of removed parts are dropped by {@link ReadCaches#invalidate(Path)} to give the memory back.
 */
record ColumnFileKey(Path part, Object partIdentity, String file) {
    Path path() {
        return part.resolve(file);
    }
}
