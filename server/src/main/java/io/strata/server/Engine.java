package io.strata.server;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.query.QueryRunner;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * The composition root of one Strata instance: catalog, function registry, engines and the
 * query runner. `strata server` and `strata local` both open one; tests open in-memory ones.
 */
public final class Engine implements AutoCloseable {

    /**
     * Opens an engine. With a data path, databases and table definitions persist under it;
     * with null, everything lives in memory.
     */
    public static Engine open(Path dataPath) {
        throw new DbException(ErrorCode.NOT_IMPLEMENTED, "Engine is not implemented yet");
    }

    /** The runner protocols execute queries through. */
    public QueryRunner runner() {
        throw new DbException(ErrorCode.NOT_IMPLEMENTED, "Engine is not implemented yet");
    }

    /** The server's time zone (X-ClickHouse-Timezone, DateTime without explicit zone). */
    public ZoneId timeZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public void close() {
    }
}
