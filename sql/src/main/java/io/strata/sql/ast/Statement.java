package io.strata.sql.ast;

/** A parsed statement. The source text travels separately, see io.strata.sql.parser.ParsedStatement. */
public sealed interface Statement permits SelectStatement, InsertStatement, CreateDatabaseStatement, CreateTableStatement,
        CreateViewStatement, DropStatement, TruncateStatement, RenameStatement, ExchangeStatement, ExistsStatement,
        ShowDatabasesStatement, ShowTablesStatement, ShowCreateStatement, ShowColumnsStatement, ShowProcessListStatement,
        ShowSettingsStatement, ShowOtherStatement, DescribeStatement, UseStatement, SetStatement, ExplainStatement,
        OptimizeStatement, AlterTableStatement, DeleteStatement, KillQueryStatement, KillMutationStatement, SystemStatement, CheckTableStatement, AttachStatement,
        FormattedStatement {
}
