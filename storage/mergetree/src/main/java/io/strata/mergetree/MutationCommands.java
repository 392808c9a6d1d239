package io.strata.mergetree;

import io.strata.core.block.Header;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.table.ColumnDefinition;
import io.strata.core.table.MutationCommand;
import io.strata.core.table.TableEngineFactory.CompiledExpression;
import io.strata.core.type.DataType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the commands of {@code ALTER TABLE ... DELETE / UPDATE} and {@code DELETE FROM} against
 * the table before anything is persisted (the predicate and the new values compile over the
 * table's columns, the predicate is a filter, no key or computed column is updated) and turns
 * them into the steps a mutation file stores.
 */
final class MutationCommands {
    private MutationCommands() {
    }

    static List<MutationStep> toSteps(MergeTreeTable table, List<MutationCommand> commands) {
        MergeTreeSchema schema = table.schema();
        Header h = schema.header();
        Set<String> keys = keyColumns(schema);
        List<MutationStep> out = new ArrayList<>();
        for (MutationCommand c : commands) {
            String partitionId = c.partition() == null ? null : table.partitionIdOf(c.partition());
            CompiledExpression predicate = table.services().compile(c.predicate(), h);
            checkFilter(predicate.type());
            MutationStep.Kind kind = switch (c.kind()) {
                case DELETE -> MutationStep.Kind.DELETE;
                case LIGHTWEIGHT_DELETE -> MutationStep.Kind.LIGHTWEIGHT_DELETE;
                case UPDATE -> MutationStep.Kind.UPDATE;
            };
            if (kind == MutationStep.Kind.UPDATE) {
                for (var a : c.assignments().entrySet()) {
                    String column = a.getKey();
                    ColumnDefinition def = schema.definition().column(column);
                    if (def == null) {
                        throw new DbException(ErrorCode.NO_SUCH_COLUMN_IN_TABLE, "There is no column " + PartMutator.backquote(column) + " in table");
                    }
                    if (keys.contains(column)) {
                        throw new DbException(ErrorCode.CANNOT_UPDATE_COLUMN, "Cannot UPDATE key column " + PartMutator.backquote(column));
                    }
                    if (def.defaultKind() == ColumnDefinition.DefaultKind.MATERIALIZED || def.defaultKind() == ColumnDefinition.DefaultKind.ALIAS) {
                        throw new DbException(ErrorCode.CANNOT_UPDATE_COLUMN, "Cannot UPDATE " + def.defaultKind().sql().toLowerCase(java.util.Locale.ROOT)
                                + " column " + PartMutator.backquote(column));
                    }
                    table.services().compile("CAST((" + a.getValue() + ") AS " + def.type().name() + ")", h);
                }
            }
            out.add(new MutationStep(kind, c.command(), c.predicate(), c.assignments(), null, null, partitionId));
        }
        return out;
    }

    /** A predicate must be a number (UInt8 in practice) or Nullable of one, as a WHERE filter. */
    static void checkFilter(DataType t) {
        DataType u = t.unwrap();
        switch (u.id()) {
            case NOTHING, UINT8, UINT16, UINT32, UINT64, INT8, INT16, INT32, INT64, BOOL -> {
            }
            default -> throw new DbException(ErrorCode.ILLEGAL_TYPE_OF_COLUMN_FOR_FILTER, "Illegal type " + t.name()
                    + " of column for filter. Must be UInt8 or Nullable(UInt8).");
        }
    }

    /** Columns the sorting and partition keys read: their values decide where rows live. */
    static Set<String> keyColumns(MergeTreeSchema schema) {
        Set<String> out = new LinkedHashSet<>();
        List<String> exprs = new ArrayList<>(schema.sortingKey());
        exprs.addAll(schema.partitionKey());
        for (String e : exprs) {
            for (String id : TupleElements.identifiers(e)) if (schema.header().indexOf(id) >= 0) out.add(id);
        }
        return out;
    }
}
