package io.strata.mergetree;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Predicate;

/**
 * Open read-only channels of part files, shared by all queries, so that a query reading a few
 * granules does not pay an open and a close per column. Readers use positional reads, which need
 * no per-reader position, and hold a {@link Handle} while they do: a channel evicted (beyond
 * {@code capacity} open files, least recently used first) or invalidated (its part removed) is
 * closed only once its last holder lets go.
 */
final class OpenColumnFiles {
    private final LinkedHashMap<ColumnFileKey, Handle> open = new LinkedHashMap<>(256, 0.75f, true);
    private int capacity;

    /** A channel lent to a reader until {@link #release(Handle)}. */
    static final class Handle {
        final ColumnFileKey key;
        final FileChannel channel;
        private int users;
        private boolean retired; // out of the map: closed when the last user releases it

        private Handle(ColumnFileKey key, FileChannel channel) {
            this.key = key;
            this.channel = channel;
        }
    }

    OpenColumnFiles(int capacity) {
        this.capacity = Math.max(0, capacity);
    }

    /** The file's shared channel, opened if needed; the caller must release it. */
    Handle acquire(ColumnFileKey key) throws IOException {
        List<Handle> closing = new ArrayList<>();
        Handle h;
        synchronized (this) {
            h = open.get(key);
            if (h != null && !h.channel.isOpen()) {
                // closed under its users (a reading thread was interrupted): replace it
                open.remove(key);
                retire(h, closing);
                h = null;
            }
            if (h == null) {
                h = new Handle(key, FileChannel.open(key.path(), StandardOpenOption.READ));
                if (capacity > 0) {
                    open.put(key, h);
                    evict(closing);
                } else {
                    h.retired = true;
                }
            }
            h.users++;
        }
        closeAll(closing);
        return h;
    }

    void release(Handle h) {
        boolean close;
        synchronized (this) {
            h.users--;
            close = h.retired && h.users == 0;
        }
        if (close) closeQuietly(h);
    }

    /** Forgets (and closes, once unused) the channels of files whose key matches. */
    void invalidate(Predicate<ColumnFileKey> doomed) {
        List<Handle> closing = new ArrayList<>();
        synchronized (this) {
            for (Iterator<Handle> it = open.values().iterator(); it.hasNext(); ) {
                Handle h = it.next();
                if (doomed.test(h.key)) {
                    it.remove();
                    retire(h, closing);
                }
            }
        }
        closeAll(closing);
    }

    synchronized void setCapacity(int capacity) {
        this.capacity = Math.max(0, capacity);
        List<Handle> closing = new ArrayList<>();
        evict(closing);
        closeAll(closing);
    }

    synchronized int size() {
        return open.size();
    }

    private void evict(List<Handle> closing) {
        for (Iterator<Handle> it = open.values().iterator(); open.size() > capacity && it.hasNext(); ) {
            Handle h = it.next();
            it.remove();
            retire(h, closing);
        }
    }

    private static void retire(Handle h, List<Handle> closing) {
        h.retired = true;
        if (h.users == 0) closing.add(h);
    }

    private static void closeAll(List<Handle> handles) {
        for (Handle h : handles) closeQuietly(h);
    }

    private static void closeQuietly(Handle h) {
        try {
            h.channel.close();
        } catch (IOException ignored) {
            // a read-only channel: nothing is lost
        }
    }
}
