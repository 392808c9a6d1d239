package io.strata.sql.ast;

/**
 * How two neighbouring queries of a {@link SelectUnion} combine. UNION, INTERSECT and EXCEPT are the bare
 * keywords (union_default_mode, intersect_default_mode and except_default_mode decide).
 */
public enum UnionMode {
    UNION_ALL, UNION_DISTINCT, UNION, INTERSECT, INTERSECT_DISTINCT, EXCEPT, EXCEPT_DISTINCT, INTERSECT_ALL, EXCEPT_ALL
}
