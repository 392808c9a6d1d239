package io.strata.core.type.text;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.StringColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;

/**
 * IPv6 (16 bytes, network order) in canonical form: lower-case hex groups without leading zeros,
 * the longest run of two or more zero groups (the first on a tie) as {@code ::}, and IPv4-mapped
 * ({@code ::ffff:1.2.3.4}) and IPv4-compatible ({@code ::1.2.3.4}) addresses with a dotted tail.
 * Parsing accepts any RFC 4291 text form and a bare IPv4 address (mapped into ::ffff:0:0/96).
 */
public final class Ipv6TextSerialization extends ScalarTextSerialization {
    public Ipv6TextSerialization(DataType type) {
        super(type, true);
    }

    @Override
    protected void text(Column c, int row, WriteBuffer out, FormatSettings s) {
        StringColumn sc = (StringColumn) c;
        writeIpv6(out, sc.bytes(), sc.start(row));
    }

    static void writeIpv6(WriteBuffer out, byte[] b, int o) {
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) w[i] = (b[o + 2 * i] & 0xFF) << 8 | b[o + 2 * i + 1] & 0xFF;
        int bestBase = -1, bestLen = 0, curBase = -1, curLen = 0;
        for (int i = 0; i < 8; i++) {
            if (w[i] == 0) {
                if (curBase < 0) {
                    curBase = i;
                    curLen = 1;
                } else {
                    curLen++;
                }
                if (curLen > bestLen) {
                    bestBase = curBase;
                    bestLen = curLen;
                }
            } else {
                curBase = -1;
            }
        }
        if (bestLen < 2) bestBase = -1;
        for (int i = 0; i < 8; i++) {
            if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLen) {
                if (i == bestBase) out.write(':');
                continue;
            }
            if (i > 0) out.write(':');
            if (i == 6 && bestBase == 0 && (bestLen == 6 || bestLen == 5 && w[5] == 0xFFFF)) {
                Ipv4TextSerialization.writeIpv4(out, (long) w[6] << 16 | w[7]);
                return;
            }
            writeHexGroup(out, w[i]);
        }
        if (bestBase >= 0 && bestBase + bestLen == 8) out.write(':');
    }

    private static void writeHexGroup(WriteBuffer out, int v) {
        boolean started = false;
        for (int shift = 12; shift >= 0; shift -= 4) {
            int d = v >> shift & 15;
            if (d != 0 || started || shift == 0) {
                out.write(TextOutput.hexDigit(d));
                started = true;
            }
        }
    }

    @Override
    protected void parse(TextInput.Field f, ColumnBuilder b, FormatSettings s) {
        byte[] out = new byte[16];
        if (!parseIpv6(f.array, f.off, f.off + f.len, out)) {
            throw new DbException(ErrorCode.CANNOT_PARSE_DOMAIN_VALUE_FROM_STRING, "Invalid IPv6 value: " + f);
        }
        ((StringColumnBuilder) b).append(out, 0, 16);
    }

    /** Parses {@code [from, end)} into 16 bytes; false when it is not an address. */
    static boolean parseIpv6(byte[] a, int from, int end, byte[] out) {
        long v4 = Ipv4TextSerialization.parseIpv4(a, from, end);
        if (v4 >= 0) {
            out[10] = (byte) 0xFF;
            out[11] = (byte) 0xFF;
            out[12] = (byte) (v4 >>> 24);
            out[13] = (byte) (v4 >>> 16);
            out[14] = (byte) (v4 >>> 8);
            out[15] = (byte) v4;
            return true;
        }
        int[] groups = new int[8];
        int n = 0, gap = -1, p = from;
        if (p + 1 < end && a[p] == ':' && a[p + 1] == ':') {
            gap = 0;
            p += 2;
        } else if (p < end && a[p] == ':') {
            return false;
        }
        while (p < end) {
            if (n == 8) return false;
            int start = p, v = 0;
            while (p < end && TextInput.hexValue(a[p]) >= 0 && p - start < 4) v = v << 4 | TextInput.hexValue(a[p++]);
            if (p < end && a[p] == '.') {
                // dotted IPv4 tail
                long tail = Ipv4TextSerialization.parseIpv4(a, start, end);
                if (tail < 0 || n > 6) return false;
                groups[n++] = (int) (tail >>> 16);
                groups[n++] = (int) (tail & 0xFFFF);
                p = end;
                break;
            }
            if (p == start) return false;
            groups[n++] = v;
            if (p == end) break;
            if (a[p] != ':') return false;
            p++;
            if (p < end && a[p] == ':') {
                if (gap >= 0) return false;
                gap = n;
                p++;
            } else if (p == end) {
                return false;
            }
        }
        if (gap < 0 && n != 8 || gap >= 0 && n > 7) return false;
        int[] full = new int[8];
        if (gap < 0) {
            System.arraycopy(groups, 0, full, 0, 8);
        } else {
            System.arraycopy(groups, 0, full, 0, gap);
            System.arraycopy(groups, gap, full, 8 - (n - gap), n - gap);
        }
        for (int i = 0; i < 8; i++) {
            out[2 * i] = (byte) (full[i] >> 8);
            out[2 * i + 1] = (byte) full[i];
        }
        return true;
    }
}
