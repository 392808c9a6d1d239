package io.strata.formats;

import io.strata.core.block.Header;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import java.io.OutputStream;
import java.util.List;

/**
 * An output format found by its ClickHouse name ({@code FORMAT TabSeparated}). Implementations are
 * stateless factories declared in {@code META-INF/services/io.strata.formats.OutputFormat}; all
 * per-query state lives in the {@link OutputWriter} they create.
 */
public interface OutputFormat {

    /** The canonical, case-sensitive ClickHouse name, e.g. {@code TabSeparatedWithNames}. */
    String name();

    /** Other names ClickHouse accepts for the same format ({@code TSV} for {@code TabSeparated}). */
    default List<String> aliases() {
        return List.of();
    }

    /** The HTTP Content-Type, e.g. {@code text/tab-separated-values; charset=UTF-8}. */
    String contentType();

    /**
     * A writer of one result stream into {@code out}.
     *
     * @param header        names and types of every chunk that will be written
     * @param settings      value-level text settings (see {@link Formats#formatSettings})
     * @param querySettings the query's settings, for format-level options (output_format_pretty_max_rows...)
     */
    OutputWriter create(OutputStream out, Header header, FormatSettings settings, Settings querySettings);
}
