package io.strata.server.system;

import io.strata.core.block.Header;
import io.strata.core.type.DataTypes;
import io.strata.server.catalog.Catalog;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** system.table_functions: the table functions a query may call in FROM, as ClickHouse lists them. */
public final class TableFunctionsTable {
    /** ClickHouse's one-line descriptions of the table functions Strata has. */
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "numbers", "Returns a table with a single 'number' column (UInt64) that contains a sequence of integers.",
            "values", "Creates a temporary storage which fills columns with values.");

    private TableFunctionsTable() {
    }

    public static void register(Catalog catalog, Supplier<List<String>> names) {
        SystemTables.add(catalog, "table_functions", Header.of("name", DataTypes.STRING, "description", DataTypes.STRING,
                "allow_readonly", DataTypes.UINT8), h -> {
            RowsBuilder r = new RowsBuilder(h);
            for (String n : names.get().stream().sorted().toList()) {
                // reading tables is all these functions do, so readonly users may call them
                r.add(n, DESCRIPTIONS.getOrDefault(n, ""), 1);
            }
            return r.build();
        });
    }
}
