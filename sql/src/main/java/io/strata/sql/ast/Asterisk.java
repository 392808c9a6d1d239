package io.strata.sql.ast;

import java.util.List;

/**
 * {@code *} or {@code qualifier.*}; qualifier is null for a bare asterisk, else e.g. {@code t} or
 * {@code db.t}. {@code except} lists the columns of {@code * EXCEPT (a, b)} (empty when none).
 */
public record Asterisk(String qualifier, List<String> except) implements Expr {
    public Asterisk {
        except = except == null ? List.of() : List.copyOf(except);
    }

    public Asterisk(String qualifier) {
        this(qualifier, List.of());
    }
}
