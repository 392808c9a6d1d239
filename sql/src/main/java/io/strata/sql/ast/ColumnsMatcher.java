package io.strata.sql.ast;

import java.util.List;

/**
 * {@code COLUMNS('regexp')}, optionally qualified: every column whose name matches the regular
 * expression, less those in {@code except} ({@code COLUMNS('re') EXCEPT (a)}).
 */
public record ColumnsMatcher(String regexp, String qualifier, List<String> except) implements Expr {
    public ColumnsMatcher {
        except = except == null ? List.of() : List.copyOf(except);
    }

    public ColumnsMatcher(String regexp, String qualifier) {
        this(regexp, qualifier, List.of());
    }
}
