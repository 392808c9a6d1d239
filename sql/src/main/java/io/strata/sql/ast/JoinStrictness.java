package io.strata.sql.ast;

/** DEFAULT means none written (join_default_strictness decides). */
public enum JoinStrictness { DEFAULT, ALL, ANY, SEMI, ANTI, ASOF }
