package io.strata.server.query;

import io.strata.core.block.Header;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.settings.Settings;
import io.strata.core.table.AlterChange;
import io.strata.core.table.ColumnDefinition;
import io.strata.core.table.EngineClause;
import io.strata.core.table.MutationCommand;
import io.strata.core.table.PartitionAction;
import io.strata.core.table.TableDefinition;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.server.catalog.Catalog;
import io.strata.server.catalog.CreateTableRenderer;
import io.strata.sql.analyzer.TableHandle;
import io.strata.sql.ast.Aliased;
import io.strata.sql.ast.AlterCommand;
import io.strata.sql.ast.AlterTableStatement;
import io.strata.sql.ast.ColumnDef;
import io.strata.sql.ast.DeleteStatement;
import io.strata.sql.ast.Expr;
import io.strata.sql.ast.FunctionCall;
import io.strata.sql.ast.Identifier;
import io.strata.sql.ast.Lambda;
import io.strata.sql.ast.PartitionSpec;
import io.strata.sql.ast.SqlFormatter;
import io.strata.sql.parser.SqlParser;
import io.strata.sql.planner.SelectPlanner;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ALTER TABLE and lightweight DELETE as the runner executes them. The commands of one ALTER are
 * split as ClickHouse splits them: DELETE/UPDATE become one mutation (waited for when
 * mutations_sync is set), partition commands go to the engine one by one, and changes of the
 * definition (columns, TTL) are validated here with ClickHouse's rules (unknown or duplicate
 * columns, columns others depend on), then checked by the engine, persisted by the catalog and
 * handed to the engine, which rewrites the data they make stale.
 */
final class TableAlterations {
    private final Catalog catalog;
    private final SelectPlanner planner;

    TableAlterations(Catalog catalog, SelectPlanner planner) {
        this.catalog = catalog;
        this.planner = planner;
    }

    void alter(String database, AlterTableStatement s, Settings settings) {
        TableHandle h = catalog.table(database, s.table().name());
        List<MutationCommand> mutations = new ArrayList<>();
        List<AlterCommand.PartitionCommand> partitions = new ArrayList<>();
        List<AlterChange> changes = new ArrayList<>();
        TableDefinition next = h.definition();
        for (AlterCommand c : s.commands()) {
            String text = SqlFormatter.formatAlterCommand(c);
            switch (c) {
                case AlterCommand.Delete d -> mutations.add(new MutationCommand(MutationCommand.Kind.DELETE, SqlFormatter.format(d.where()),
                        null, partitionText(d.partition()), text));
                case AlterCommand.Update u -> {
                    Map<String, String> assignments = new java.util.LinkedHashMap<>();
                    for (Map.Entry<String, Expr> a : u.assignments().entrySet()) assignments.put(a.getKey(), SqlFormatter.format(a.getValue()));
                    mutations.add(new MutationCommand(MutationCommand.Kind.UPDATE, SqlFormatter.format(u.where()), assignments,
                            partitionText(u.partition()), text));
                }
                case AlterCommand.PartitionCommand p -> partitions.add(p);
                case AlterCommand.ModifyTtl t -> {
                    EngineClause e = next.engine();
                    String ttl = String.join(", ", t.ttl().stream().map(SqlFormatter::format).toList());
                    next = withEngine(next, new EngineClause(e.name(), e.arguments(), e.orderBy(), e.partitionBy(), e.primaryKey(),
                            e.sampleBy(), ttl, e.settings()));
                    changes.add(AlterChange.of(AlterChange.Kind.MODIFY_TTL, null, text));
                }
                default -> next = applyColumnCommand(next, c, text, changes);
            }
        }
        if (!mutations.isEmpty()) h.engine().mutate(mutations, settings.getLong("mutations_sync") > 0);
        for (AlterCommand.PartitionCommand p : partitions) {
            PartitionAction action = PartitionAction.valueOf(p.action().name());
            if (action == PartitionAction.DROP_DETACHED && !settings.getBool("allow_drop_detached")) {
                throw new DbException(ErrorCode.SUPPORT_IS_DISABLED,
                        "Cannot execute query: DROP DETACHED PART is disabled (see allow_drop_detached setting)");
            }
            h.engine().alterPartition(action, partitionText(p.partition()));
        }
        if (!changes.isEmpty()) {
            boolean commentsOnly = true;
            for (AlterChange c : changes) commentsOnly &= c.kind() == AlterChange.Kind.COMMENT_COLUMN;
            TableDefinition def = new TableDefinition(next.database(), next.name(), next.columns(), next.engine(),
                    CreateTableRenderer.render(next), next.comment(), next.indexes());
            // a comment changes no data: any engine takes it
            if (!commentsOnly) h.engine().checkAlter(def, changes);
            catalog.replaceDefinition(def, CreateTableRenderer::render);
            if (!commentsOnly) h.engine().alter(def, changes);
        }
    }

    /** {@code DELETE FROM t WHERE p}: a lightweight-delete mutation, waited for unless lightweight_deletes_sync = 0. */
    void delete(String database, DeleteStatement s, Settings settings) {
        TableHandle h = catalog.table(database, s.table().name());
        String predicate = SqlFormatter.format(s.where());
        MutationCommand c = new MutationCommand(MutationCommand.Kind.LIGHTWEIGHT_DELETE, predicate, null, partitionText(s.partition()),
                "UPDATE _row_exists = 0 WHERE " + predicate);
        h.engine().mutate(List.of(c), settings.getLong("lightweight_deletes_sync") > 0 || settings.getLong("mutations_sync") > 0);
    }

    /** A PARTITION clause as the engine takes it: {@code ID 'x'} or the expression's SQL. */
    static String partitionText(PartitionSpec p) {
        if (p == null) return null;
        if (p.id() != null) return "ID " + SqlFormatter.quoteString(p.id());
        return SqlFormatter.format(p.expr());
    }

    // column commands ----------------------------------------------------------------------------

    private TableDefinition applyColumnCommand(TableDefinition def, AlterCommand c, String text, List<AlterChange> changes) {
        List<ColumnDefinition> cols = new ArrayList<>(def.columns());
        switch (c) {
            case AlterCommand.AddColumn a -> {
                ColumnDef cd = a.column();
                if (def.column(cd.name()) != null) {
                    if (a.ifNotExists()) return def;
                    throw new DbException(ErrorCode.DUPLICATE_COLUMN, "Cannot add column " + q(cd.name()) + ": column with this name already exists");
                }
                if (cd.type() == null) {
                    throw new DbException(ErrorCode.BAD_ARGUMENTS, "Data type have to be specified for column " + q(cd.name()) + " to add");
                }
                ColumnDefinition added = StrataQueryRunner.columnDefinition(cd, false);
                int at = cols.size();
                if (a.first()) {
                    at = 0;
                } else if (a.after() != null) {
                    at = indexOf(cols, a.after());
                    if (at < 0) {
                        throw new DbException(ErrorCode.NO_SUCH_COLUMN_IN_TABLE, "Wrong column name. Cannot find column " + q(a.after())
                                + " to insert after");
                    }
                    at++;
                }
                cols.add(at, added);
                TableDefinition next = withColumns(def, cols);
                checkDefault(next, added);
                changes.add(AlterChange.of(AlterChange.Kind.ADD_COLUMN, cd.name(), text));
                return next;
            }
            case AlterCommand.DropColumn d -> {
                int i = indexOf(cols, d.name());
                if (i < 0) {
                    if (d.ifExists()) return def;
                    throw new DbException(ErrorCode.NOT_FOUND_COLUMN_IN_BLOCK, "Wrong column name. Cannot find column " + q(d.name()) + " to drop");
                }
                for (ColumnDefinition other : cols) {
                    if (other.name().equals(d.name()) || other.defaultExpression() == null || other.defaultExpression().isBlank()) continue;
                    if (identifiers(other.defaultExpression()).contains(d.name())) {
                        throw new DbException(ErrorCode.ILLEGAL_COLUMN, "Cannot drop column " + q(d.name()) + ", because column "
                                + q(other.name()) + " depends on it");
                    }
                }
                cols.remove(i);
                if (cols.isEmpty()) throw new DbException(ErrorCode.BAD_ARGUMENTS, "Cannot DROP or CLEAR all columns");
                changes.add(AlterChange.of(AlterChange.Kind.DROP_COLUMN, d.name(), text));
                return withColumns(def, cols);
            }
            case AlterCommand.ModifyColumn m -> {
                ColumnDef cd = m.column();
                int i = indexOf(cols, cd.name());
                if (i < 0) {
                    if (m.ifExists()) return def;
                    throw new DbException(ErrorCode.NOT_FOUND_COLUMN_IN_BLOCK, "Wrong column. Cannot find column " + q(cd.name()) + " to modify");
                }
                ColumnDefinition old = cols.get(i);
                DataType type = old.type();
                if (cd.type() != null) {
                    type = DataTypes.parse(cd.type());
                    if (Boolean.TRUE.equals(cd.nullable())) type = DataTypes.makeNullableSafe(type);
                }
                ColumnDefinition.DefaultKind kind = old.defaultKind();
                String expr = old.defaultExpression();
                if (cd.defaultKind() != null) {
                    kind = ColumnDefinition.DefaultKind.valueOf(cd.defaultKind().name());
                    expr = cd.defaultExpr() == null ? null : SqlFormatter.format(cd.defaultExpr());
                }
                String codec = cd.codecs().isEmpty() ? old.codec() : StrataQueryRunner.codecText(cd);
                String comment = cd.comment() != null ? cd.comment() : old.comment();
                String ttl = cd.ttl() != null ? SqlFormatter.format(cd.ttl()) : old.ttl();
                ColumnDefinition modified = new ColumnDefinition(old.name(), type, kind, expr, codec, comment, ttl);
                cols.set(i, modified);
                TableDefinition next = withColumns(def, cols);
                checkDefault(next, modified);
                changes.add(AlterChange.of(AlterChange.Kind.MODIFY_COLUMN, cd.name(), text));
                return next;
            }
            case AlterCommand.RenameColumn r -> {
                int i = indexOf(cols, r.from());
                if (i < 0) {
                    if (r.ifExists()) return def;
                    throw new DbException(ErrorCode.NOT_FOUND_COLUMN_IN_BLOCK, "Wrong column name. Cannot find column " + q(r.from()) + " to rename");
                }
                if (indexOf(cols, r.to()) >= 0) {
                    throw new DbException(ErrorCode.DUPLICATE_COLUMN, "Cannot rename to " + q(r.to()) + ": column with this name already exists");
                }
                for (int k = 0; k < cols.size(); k++) {
                    ColumnDefinition o = cols.get(k);
                    String name = k == i ? r.to() : o.name();
                    String expr = o.defaultExpression() == null ? null : rename(o.defaultExpression(), r.from(), r.to());
                    cols.set(k, new ColumnDefinition(name, o.type(), o.defaultKind(), expr, o.codec(), o.comment(),
                            o.ttl() == null ? null : rename(o.ttl(), r.from(), r.to())));
                }
                EngineClause e = def.engine();
                EngineClause engine = e.ttl() == null ? e : new EngineClause(e.name(), e.arguments(), e.orderBy(), e.partitionBy(),
                        e.primaryKey(), e.sampleBy(), renameList(e.ttl(), r.from(), r.to()), e.settings());
                changes.add(new AlterChange(AlterChange.Kind.RENAME_COLUMN, r.from(), r.to(), text));
                return withEngine(withColumns(def, cols), engine);
            }
            case AlterCommand.CommentColumn cc -> {
                int i = indexOf(cols, cc.name());
                if (i < 0) {
                    if (cc.ifExists()) return def;
                    throw new DbException(ErrorCode.NOT_FOUND_COLUMN_IN_BLOCK, "Wrong column name. Cannot find column " + q(cc.name()) + " to comment");
                }
                ColumnDefinition o = cols.get(i);
                cols.set(i, new ColumnDefinition(o.name(), o.type(), o.defaultKind(), o.defaultExpression(), o.codec(), cc.comment(), o.ttl()));
                changes.add(AlterChange.of(AlterChange.Kind.COMMENT_COLUMN, cc.name(), text));
                return withColumns(def, cols);
            }
            default -> throw new DbException(ErrorCode.NOT_IMPLEMENTED, "ALTER command " + text + " is not supported yet");
        }
    }

    /** A DEFAULT/MATERIALIZED/ALIAS expression must compile over the table's columns and convert to the column's type. */
    private void checkDefault(TableDefinition def, ColumnDefinition c) {
        if (c.defaultExpression() == null || c.defaultExpression().isBlank()) return;
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        for (ColumnDefinition o : def.columns()) {
            if (o.name().equals(c.name())) continue;
            names.add(o.name());
            types.add(o.type());
        }
        planner.cast(planner.compileOver(new Header(names, types), SqlParser.parseExpression(c.defaultExpression())), c.type());
    }

    private static int indexOf(List<ColumnDefinition> cols, String name) {
        for (int i = 0; i < cols.size(); i++) if (cols.get(i).name().equals(name)) return i;
        return -1;
    }

    private static TableDefinition withColumns(TableDefinition d, List<ColumnDefinition> cols) {
        return new TableDefinition(d.database(), d.name(), cols, d.engine(), d.createQuery(), d.comment(), d.indexes());
    }

    private static TableDefinition withEngine(TableDefinition d, EngineClause e) {
        return new TableDefinition(d.database(), d.name(), d.columns(), e, d.createQuery(), d.comment(), d.indexes());
    }

    private static String q(String name) {
        return CreateTableRenderer.backquote(name);
    }

    // identifiers in expressions -----------------------------------------------------------------

    private static Set<String> identifiers(String sql) {
        Set<String> out = new LinkedHashSet<>();
        collect(SqlParser.parseExpression(sql), out);
        return out;
    }

    private static void collect(Expr e, Set<String> out) {
        switch (e) {
            case Identifier id -> out.add(id.name());
            case FunctionCall f -> {
                for (Expr a : f.args()) collect(a, out);
                if (f.parameters() != null) for (Expr a : f.parameters()) collect(a, out);
            }
            case Aliased a -> collect(a.expr(), out);
            case Lambda l -> collect(l.body(), out);
            default -> {
            }
        }
    }

    /** The expression with identifier {@code from} renamed to {@code to}, as SQL. */
    private static String rename(String sql, String from, String to) {
        if (!identifiers(sql).contains(from)) return sql;
        return SqlFormatter.format(rename(SqlParser.parseExpression(sql), from, to));
    }

    private static String renameList(String sql, String from, String to) {
        List<String> out = new ArrayList<>();
        for (String e : splitTopLevel(sql)) out.add(rename(e, from, to));
        return String.join(", ", out);
    }

    private static Expr rename(Expr e, String from, String to) {
        return switch (e) {
            case Identifier id -> id.name().equals(from) ? Identifier.of(to) : id;
            case FunctionCall f -> {
                List<Expr> args = new ArrayList<>();
                for (Expr a : f.args()) args.add(rename(a, from, to));
                yield new FunctionCall(f.name(), args, f.parameters(), f.distinct(), f.over());
            }
            case Aliased a -> new Aliased(rename(a.expr(), from, to), a.alias());
            case Lambda l -> l.params().contains(from) ? l : new Lambda(l.params(), rename(l.body(), from, to));
            default -> e;
        };
    }

    /** Splits a comma-separated list of expressions at its top level (outside parentheses and quotes). */
    private static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(s.substring(start).strip());
        return out;
    }
}
