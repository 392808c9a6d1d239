package io.strata.sql.analyzer;

import io.strata.core.column.Column;
import java.util.List;

/**
 * What the analyzer needs from the catalog. Implemented by the server's catalog, so the planner
 * never imports a concrete engine.
 */
public interface CatalogView {
    /** Resolves a table; database null means the current one. Throws UNKNOWN_TABLE / UNKNOWN_DATABASE. */
    TableHandle table(String database, String name);

    /**
     * Resolves a table function call such as numbers(10) or values('a UInt8', 1, 2); arguments
     * are constant one-row columns. Throws UNKNOWN_FUNCTION for unknown names.
     */
    TableHandle tableFunction(String name, List<Column> arguments);

    /** Whether a table function of this name exists. */
    boolean isTableFunction(String name);

    String currentDatabase();

    /** Where a query may write temporary files (a spilling join's partitions): the server's tmp path. */
    default java.nio.file.Path temporaryDirectory() {
        return java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** The user the query runs as (currentUser()). */
    default String currentUser() {
        return "default";
    }
}
