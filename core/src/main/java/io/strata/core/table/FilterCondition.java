package io.strata.core.table;

import io.strata.core.column.Column;
import io.strata.core.type.DataType;
import java.util.List;

/**
 * A pushed-down predicate in a form storage can analyse against its indexes (primary key,
 * partition min/max, skip indexes) without a SQL parser: a tree of AND/OR/NOT over comparisons
 * of an expression with constants. Anything the planner cannot express is {@link Unknown}, which
 * an index must treat as "may be true and may be false".
 */
public sealed interface FilterCondition {

    record And(List<FilterCondition> children) implements FilterCondition {
        public And {
            children = List.copyOf(children);
        }
    }

    record Or(List<FilterCondition> children) implements FilterCondition {
        public Or {
            children = List.copyOf(children);
        }
    }

    record Not(FilterCondition child) implements FilterCondition {
    }

    /**
     * {@code expression op values}. {@code expression} is SQL text over the table's columns as
     * ClickHouse formats it (a bare column name, or e.g. {@code toDate(ts)}); {@code columns} are
     * the table columns it reads; {@code values} holds the constants already cast to
     * {@code type} (one row, or the set's rows for IN / NOT IN). For STARTS_WITH (from
     * {@code LIKE 'prefix%'} and {@code startsWith}) the single value is the prefix.
     */
    record Compare(String expression, DataType type, List<String> columns, Op op, Column values) implements FilterCondition {
        public Compare {
            columns = List.copyOf(columns);
        }
    }

    /** A predicate storage cannot analyse. */
    record Unknown(String sql) implements FilterCondition {
    }

    enum Op { EQUALS, NOT_EQUALS, LESS, LESS_OR_EQUALS, GREATER, GREATER_OR_EQUALS, IN, NOT_IN, STARTS_WITH }
}
