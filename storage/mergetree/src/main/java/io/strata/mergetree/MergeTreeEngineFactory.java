package io.strata.mergetree;

import io.strata.core.table.EngineClause;
import io.strata.core.table.TableDefinition;
import io.strata.core.table.TableEngine;
import io.strata.core.table.TableEngineFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The factories of the MergeTree family, one per engine name (ServiceLoader instantiates each
 * listed class, so each name is a small subclass).
 */
public abstract class MergeTreeEngineFactory implements TableEngineFactory {
    private final MergeMode mode;

    protected MergeTreeEngineFactory(MergeMode mode) {
        this.mode = mode;
    }

    @Override
    public String name() {
        return mode.engineName();
    }

    @Override
    public TableEngine create(TableDefinition definition, Path dataPath, boolean attach, EngineServices services) {
        return new MergeTreeTable(definition, mode, dataPath, attach, services);
    }

    /**
     * Pins index_granularity in the table's settings when CREATE TABLE does not give it, as
     * ClickHouse does: marks written with one granularity must keep being read with it, whatever
     * the default becomes, and SHOW CREATE TABLE prints it.
     */
    @Override
    public EngineClause normalize(EngineClause clause) {
        if (clause.settings().containsKey("index_granularity")) return clause;
        Map<String, String> settings = new LinkedHashMap<>(clause.settings());
        settings.put("index_granularity", Long.toString(MergeTreeSettings.defaults().get("index_granularity")));
        return new EngineClause(clause.name(), clause.arguments(), clause.orderBy(), clause.partitionBy(),
                clause.primaryKey(), clause.sampleBy(), clause.ttl(), settings);
    }

    @Override
    public boolean supportsSkippingIndices() {
        return true;
    }

    public static final class Plain extends MergeTreeEngineFactory {
        public Plain() {
            super(MergeMode.ORDINARY);
        }
    }

    public static final class Replacing extends MergeTreeEngineFactory {
        public Replacing() {
            super(MergeMode.REPLACING);
        }
    }

    public static final class Summing extends MergeTreeEngineFactory {
        public Summing() {
            super(MergeMode.SUMMING);
        }
    }

    public static final class Aggregating extends MergeTreeEngineFactory {
        public Aggregating() {
            super(MergeMode.AGGREGATING);
        }
    }

    public static final class Collapsing extends MergeTreeEngineFactory {
        public Collapsing() {
            super(MergeMode.COLLAPSING);
        }
    }

    public static final class VersionedCollapsing extends MergeTreeEngineFactory {
        public VersionedCollapsing() {
            super(MergeMode.VERSIONED_COLLAPSING);
        }
    }
}
