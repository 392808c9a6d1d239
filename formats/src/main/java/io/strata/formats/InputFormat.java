package io.strata.formats;

import io.strata.core.block.Header;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import java.io.InputStream;
import java.util.List;

/**
 * An input format found by its ClickHouse name ({@code INSERT ... FORMAT CSV}). Stateless factory
 * declared in {@code META-INF/services/io.strata.formats.InputFormat}.
 */
public interface InputFormat {

    /** The canonical, case-sensitive ClickHouse name. */
    String name();

    /** Other names ClickHouse accepts for the same format. */
    default List<String> aliases() {
        return List.of();
    }

    /**
     * A reader that parses {@code in} into chunks of {@code header}'s names and types (the columns
     * being inserted, in the order the data is expected when the format has no names row).
     */
    InputReader create(InputStream in, Header header, FormatSettings settings, Settings querySettings);

    /**
     * Whether every row ends at a newline no backslash escapes, with no prefix rows: such an input
     * may be cut there into pieces that independent readers parse alike (parallel parsing).
     */
    default boolean rowsEndAtUnescapedNewlines() {
        return false;
    }
}
