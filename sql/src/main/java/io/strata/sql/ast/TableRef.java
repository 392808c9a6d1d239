package io.strata.sql.ast;

/** {@code [db.]table [AS alias] [FINAL] [SAMPLE ...]}; database, alias and sample are null when absent. */
public record TableRef(String database, String table, String alias, boolean isFinal, SampleClause sample) implements TableExpr {
    public static TableRef of(String database, String table) {
        return new TableRef(database, table, null, false, null);
    }
}
