package io.strata.sql.ast;

/** {@code [database.]name}; database is null when not written (the session database applies). */
public record TableName(String database, String name) {
    public static TableName of(String name) {
        return new TableName(null, name);
    }

    @Override
    public String toString() {
        return database == null ? name : database + "." + name;
    }
}
