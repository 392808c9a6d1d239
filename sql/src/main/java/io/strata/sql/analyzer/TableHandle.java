package io.strata.sql.analyzer;

import io.strata.core.table.TableDefinition;
import io.strata.core.table.TableEngine;

/** A resolved table: its definition and its storage. */
public record TableHandle(TableDefinition definition, TableEngine engine) {
}
