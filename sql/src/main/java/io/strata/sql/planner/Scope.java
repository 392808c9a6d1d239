package io.strata.sql.planner;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DataType;
import io.strata.exec.expression.ColumnReference;
import io.strata.exec.expression.Expression;
import io.strata.sql.ast.Expr;
import io.strata.sql.ast.Identifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What names mean while compiling expressions of one query stage.
 * <ul>
 * <li>Over a FROM relation: identifiers are relation columns; each column used gets the next
 * channel of the scan's output, so only used columns are read (column pruning).</li>
 * <li>After aggregation: whole sub-expressions (GROUP BY keys, aggregate calls) map to fixed
 * channels; a bare column outside them is NOT_AN_AGGREGATE, as in ClickHouse.</li>
 * </ul>
 */
final class Scope {
    private final Relation relation;
    private final List<Integer> used = new ArrayList<>();
    private final Map<String, Integer> subexpressions;
    private final List<DataType> channelTypes;
    private boolean identity;
    // lambda bodies: parameters are channels 0..n-1, other names are captured from the outer scope
    private Map<String, Integer> lambdaParams;
    private List<DataType> lambdaTypes;
    private java.util.function.Function<Identifier, Expression> outerResolver;
    private List<Expression> captures;
    // window functions: their result channels, over a base scope that resolves everything else
    private Scope base;
    private Map<String, Integer> windowChannels;
    private Map<Integer, DataType> windowTypes;

    private Scope(Relation relation, Map<String, Integer> subexpressions, List<DataType> channelTypes) {
        this.relation = relation;
        this.subexpressions = subexpressions;
        this.channelTypes = channelTypes;
    }

    static Scope over(Relation relation) {
        return new Scope(relation, Map.of(), null);
    }

    /** Over a relation whose columns are already the input channels, in order (INSERT defaults). */
    static Scope identity(Relation relation) {
        Scope s = new Scope(relation, Map.of(), null);
        s.identity = true;
        return s;
    }

    /**
     * The scope of a lambda body: {@code params} are channels 0..n-1 of the element chunk; any
     * other name is compiled in the outer scope by {@code outer} and becomes a captured channel
     * after the parameters (its value repeated for each element).
     */
    static Scope lambda(List<String> params, List<DataType> types, java.util.function.Function<Identifier, Expression> outer) {
        Scope s = new Scope(null, Map.of(), null);
        s.lambdaParams = new HashMap<>();
        for (int i = 0; i < params.size(); i++) s.lambdaParams.put(params.get(i), i);
        s.lambdaTypes = List.copyOf(types);
        s.outerResolver = outer;
        s.captures = new ArrayList<>();
        return s;
    }

    /** Outer expressions a lambda body captured, in channel order after the parameters. */
    List<Expression> captures() {
        return captures;
    }

    static Scope fixed(Map<String, Integer> subexpressions, List<DataType> channelTypes) {
        return new Scope(null, new HashMap<>(subexpressions), channelTypes);
    }

    /**
     * {@code base} plus window function results: a call whose canonical text is in {@code channels}
     * is that channel; names and other subexpressions mean what they mean in {@code base}.
     */
    static Scope windowed(Scope base, Map<String, Integer> channels, Map<Integer, DataType> types) {
        Scope s = new Scope(null, Map.of(), null);
        s.base = base;
        s.windowChannels = Map.copyOf(channels);
        s.windowTypes = Map.copyOf(types);
        return s;
    }

    /** Relation column indexes in channel order: what the scan must produce. */
    List<Integer> usedColumns() {
        return base != null ? base.usedColumns() : used;
    }

    Integer subexpression(Expr e) {
        if (base != null) {
            Integer w = windowChannels.get(ExpressionCompiler.canonical(e));
            return w != null ? w : base.subexpression(e);
        }
        if (subexpressions.isEmpty()) return null;
        return subexpressions.get(ExpressionCompiler.canonical(e));
    }

    DataType channelType(int channel) {
        if (base != null) {
            DataType w = windowTypes.get(channel);
            return w != null ? w : base.channelType(channel);
        }
        return channelTypes.get(channel);
    }

    /** The channel of relation column {@code index}, assigning one on first use. */
    int channelOf(int index) {
        if (identity) return index;
        int ch = used.indexOf(index);
        if (ch < 0) {
            used.add(index);
            ch = used.size() - 1;
        }
        return ch;
    }

    Expression resolveIdentifier(Identifier id) {
        if (base != null) return base.resolveIdentifier(id);
        if (lambdaParams != null) {
            Integer p = lambdaParams.get(id.name());
            if (p != null) return new ColumnReference(p, lambdaTypes.get(p));
            Expression outer = outerResolver.apply(id);
            captures.add(outer);
            return new ColumnReference(lambdaTypes.size() + captures.size() - 1, outer.type());
        }
        if (relation == null) {
            throw new DbException(ErrorCode.NOT_AN_AGGREGATE, "Column `" + id.name()
                    + "` is not under aggregate function and not in GROUP BY keys");
        }
        int index = findColumn(relation, id);
        return new ColumnReference(channelOf(index), relation.types().get(index));
    }

    /** Finds a column by plain name, dotted name, or qualifier.name. */
    static int findColumn(Relation relation, Identifier id) {
        String full = id.name();
        int i = relation.indexOf(full);
        if (i >= 0) return i;
        Integer qualified = relation.qualifiedNames().get(full);
        if (qualified != null) return qualified;
        List<String> parts = id.parts();
        if (parts.size() >= 2) {
            String rest = String.join(".", parts.subList(1, parts.size()));
            if (relation.qualifier() != null && relation.qualifier().equals(parts.get(0))) {
                i = relation.indexOf(rest);
                if (i >= 0) return i;
            }
            if (parts.size() >= 3 && relation.qualifier() != null && relation.qualifier().equals(parts.get(1))) {
                i = relation.indexOf(String.join(".", parts.subList(2, parts.size())));
                if (i >= 0) return i;
            }
        }
        throw new DbException(ErrorCode.UNKNOWN_IDENTIFIER, "Missing columns: '" + full
                + "' while processing query. Unknown identifier: " + full);
    }
}
