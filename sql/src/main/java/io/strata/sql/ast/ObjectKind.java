package io.strata.sql.ast;

public enum ObjectKind { DATABASE, TABLE, VIEW, DICTIONARY }
