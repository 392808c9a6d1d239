package io.strata.server.engine;

import io.strata.core.table.TableDefinition;
import io.strata.core.table.TableEngine;
import io.strata.core.table.TableEngineFactory;
import java.nio.file.Path;

/** CREATE VIEW v AS SELECT ...: see {@link ViewEngine}. */
public final class ViewEngineFactory implements TableEngineFactory {
    @Override public String name() { return "View"; }

    @Override
    public TableEngine create(TableDefinition definition, Path dataPath, boolean attach, EngineServices services) {
        return new ViewEngine();
    }
}
