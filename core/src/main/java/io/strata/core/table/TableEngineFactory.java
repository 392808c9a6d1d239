package io.strata.core.table;

import io.strata.core.settings.Settings;
import java.nio.file.Path;

/**
 * Creates engines of one ClickHouse engine name; found through {@link java.util.ServiceLoader}
 * (META-INF/services/io.strata.core.table.TableEngineFactory).
 */
public interface TableEngineFactory {
    /** The engine name as written in {@code ENGINE = Name(...)}. */
    String name();

    /**
     * Creates (or reopens, when {@code attach} is true) the engine for a table.
     *
     * @param definition the table's columns and engine clause
     * @param dataPath   a directory the engine owns, or null for an in-memory catalog
     * @param services   planner services the engine may use (compiling key expressions)
     */
    TableEngine create(TableDefinition definition, Path dataPath, boolean attach, EngineServices services);

    /**
     * The engine clause of a new table as it is persisted and as SHOW CREATE TABLE prints it.
     * An engine pins here the defaults whose later change must not alter existing tables (MergeTree
     * adds {@code index_granularity}, as ClickHouse does). Called once, when the table is created.
     */
    default EngineClause normalize(EngineClause clause) {
        return clause;
    }

    /** Whether tables of this engine may declare data-skipping indexes ({@code INDEX ... TYPE ...}). */
    default boolean supportsSkippingIndices() {
        return false;
    }

    /** Services given to engines by the composition root, so engines need not import the planner. */
    interface EngineServices {
        /** Compiles a SQL expression over the given columns into something evaluable on chunks. */
        CompiledExpression compile(String sql, io.strata.core.block.Header input);

        Settings settings();
    }

    /** An expression compiled against a header. */
    interface CompiledExpression {
        io.strata.core.type.DataType type();

        io.strata.core.column.Column evaluate(io.strata.core.block.Chunk chunk);
    }
}
