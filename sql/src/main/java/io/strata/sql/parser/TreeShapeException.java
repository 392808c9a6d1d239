package io.strata.sql.parser;

import org.antlr.v4.runtime.Token;

/**
 * Raised while building the AST from a tree the grammar accepted but the dialect does not (say `t.1x`).
 * SqlParser turns it into a SyntaxErrorException, which alone knows the whole query text.
 */
final class TreeShapeException extends RuntimeException {
    final transient Token token;

    TreeShapeException(Token token, String message) {
        super(message, null, false, false);
        this.token = token;
    }
}
