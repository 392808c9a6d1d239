package io.strata.sql.ast;

import java.util.List;

/** One element of {@code CODEC(...)}: {@code LZ4} has no args, {@code ZSTD(3)} has [3]. */
public record CodecSpec(String name, List<Expr> args) {
    public CodecSpec {
        args = Immutable.list(args);
    }
}
