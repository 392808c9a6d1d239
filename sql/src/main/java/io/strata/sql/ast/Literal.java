package io.strata.sql.ast;

import java.math.BigInteger;

/**
 * A constant. {@code value} is a {@link Long} for integers fitting a signed long, a {@link BigInteger} for
 * larger ones (UInt64/UInt128 range), a {@link Double} for floats (also inf and nan), a {@link String},
 * a {@link BinaryString} for string literals that are not valid UTF-8, a {@link Boolean}, or null for NULL.
 */
public record Literal(Object value) implements Expr {
    public static final Literal NULL = new Literal(null);

    public Literal {
        if (value != null && !(value instanceof Long || value instanceof BigInteger || value instanceof Double
                || value instanceof String || value instanceof BinaryString || value instanceof Boolean)) {
            throw new IllegalArgumentException("unsupported literal type " + value.getClass().getName());
        }
    }

    public static Literal of(long value) {
        return new Literal(value);
    }

    public static Literal of(String value) {
        return new Literal(value);
    }

    public boolean isNull() {
        return value == null;
    }
}
