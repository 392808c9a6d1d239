package io.strata.server.engine;

import io.strata.core.table.TableDefinition;
import io.strata.core.table.TableEngine;
import io.strata.core.table.TableEngineFactory;
import java.nio.file.Path;

public final class MemoryEngineFactory implements TableEngineFactory {
    @Override public String name() { return "Memory"; }

    @Override
    public TableEngine create(TableDefinition definition, Path dataPath, boolean attach, EngineServices services) {
        return new MemoryEngine(definition);
    }
}
