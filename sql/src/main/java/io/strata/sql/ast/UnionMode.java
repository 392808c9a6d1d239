package io.strata.sql.ast;

/** How two neighbouring queries of a {@link SelectUnion} combine. UNION is bare UNION (union_default_mode decides). */
public enum UnionMode { UNION_ALL, UNION_DISTINCT, UNION, INTERSECT, INTERSECT_DISTINCT, EXCEPT, EXCEPT_DISTINCT }
