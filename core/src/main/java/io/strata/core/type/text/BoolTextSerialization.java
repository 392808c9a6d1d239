package io.strata.core.type.text;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.LongColumn;
import io.strata.core.column.LongColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;

/**
 * Bool: written {@code true}/{@code false} in every style (bare, also in JSON and CSV). Parsing
 * accepts ClickHouse's spellings, case-insensitively: true/false, t/f, yes/no, y/n, on/off,
 * enable/disable, enabled/disabled, 1/0.
 */
public final class BoolTextSerialization extends ScalarTextSerialization {
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final String[] TRUE_WORDS = {"true", "t", "yes", "y", "on", "enable", "enabled", "1"};
    private static final String[] FALSE_WORDS = {"false", "f", "no", "n", "off", "disable", "disabled", "0"};

    public BoolTextSerialization(DataType type) {
        super(type, false);
    }

    @Override
    protected void text(Column c, int row, WriteBuffer out, FormatSettings s) {
        out.write(((LongColumn) c).get(row) != 0 ? TRUE : FALSE);
    }

    @Override
    protected void parse(TextInput.Field f, ColumnBuilder b, FormatSettings s) {
        if (matchesAny(f, TRUE_WORDS)) {
            ((LongColumnBuilder) b).append(1);
        } else if (matchesAny(f, FALSE_WORDS)) {
            ((LongColumnBuilder) b).append(0);
        } else {
            throw new DbException(ErrorCode.CANNOT_PARSE_BOOL, "Cannot parse boolean value here: '" + f
                    + "', should be 'true' or 'false' controlled by setting bool_true_representation and bool_false_representation "
                    + "or one of True/False/T/F/Y/N/Yes/No/On/Off/Enable/Disable/Enabled/Disabled/1/0");
        }
    }

    private static boolean matchesAny(TextInput.Field f, String[] words) {
        for (String w : words) {
            if (w.length() != f.len) continue;
            boolean eq = true;
            for (int i = 0; i < f.len && eq; i++) eq = Character.toLowerCase(f.at(i)) == w.charAt(i);
            if (eq) return true;
        }
        return false;
    }
}
