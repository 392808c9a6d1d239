package io.strata.tests;

import io.strata.core.block.Chunk;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.query.QueryExecution;
import io.strata.core.query.QueryRequest;
import io.strata.core.query.QuerySession;
import io.strata.core.settings.Settings;
import io.strata.core.type.DataTypes;
import io.strata.core.type.binary.NativeSerialization;
import io.strata.formats.Formats;
import io.strata.formats.OutputStatistics;
import io.strata.formats.OutputWriter;
import io.strata.server.Engine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The cases of the binary-format tests: resources/binary-formats/NAME.sql (CREATE TABLE t, an
 * INSERT, optionally a SELECT) and the bytes ClickHouse 18.16 gave for the SELECT in RowBinary
 * and Native (NAME.RowBinary.bin, NAME.Native.bin, written by tests/capture-binary-formats.sh).
 */
final class BinaryFormatCases {
    static final List<String> NAMES = List.of("integers", "floats", "strings", "dates", "decimals", "uuids", "enums",
            "nullables", "arrays", "tuples", "lowcardinality", "nothing");

    private BinaryFormatCases() {
    }

    /** One case: its statements, and the SELECT whose output was captured. */
    record Case(String name, String create, List<String> setup, String select, boolean customSelect) {
    }

    static Case load(String name) {
        String script = new String(resource(name + ".sql"), StandardCharsets.UTF_8);
        List<String> setup = new ArrayList<>();
        String select = "SELECT * FROM t ORDER BY id";
        boolean custom = false;
        for (String s : script.split(";\n")) {
            String st = s.strip();
            if (st.isEmpty()) continue;
            if (st.startsWith("SELECT")) {
                select = st;
                custom = true;
            } else {
                setup.add(st);
            }
        }
        return new Case(name, setup.getFirst(), setup, select, custom);
    }

    static byte[] expected(String name, String format) {
        return resource(name + "." + format + ".bin");
    }

    static byte[] resource(String file) {
        try (InputStream in = BinaryFormatCases.class.getResourceAsStream("/binary-formats/" + file)) {
            if (in == null) throw new IllegalStateException("missing test resource binary-formats/" + file);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The RowBinaryWithNames(AndTypes) bytes ClickHouse would write, which 18.16 cannot: the
     * header made of the names and type names 18.16 wrote in its Native block, then its RowBinary rows.
     */
    static byte[] withNames(String name, boolean withTypes) {
        ReadBuffer in = new ReadBuffer(expected(name, "Native"));
        int columns = (int) in.readVarUInt();
        int rows = (int) in.readVarUInt();
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            names.add(string(in));
            types.add(string(in));
            NativeSerialization.read(DataTypes.parse(types.getLast()), in, rows);
        }
        WriteBuffer out = new WriteBuffer();
        out.writeVarUInt(columns);
        for (String n : names) putString(out, n);
        if (withTypes) for (String t : types) putString(out, t);
        out.write(expected(name, "RowBinary"));
        return out.toByteArray();
    }

    private static String string(ReadBuffer in) {
        byte[] b = new byte[(int) in.readVarUInt()];
        in.readFully(b, 0, b.length);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void putString(WriteBuffer out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeVarUInt(b.length);
        out.write(b);
    }

    /** Runs a statement without a result, with {@code data} as the INSERT's input (or null). */
    static void execute(Engine e, String sql, byte[] data) {
        QuerySession session = new QuerySession("default", "default", Settings.DEFAULTS);
        InputStream body = data == null ? null : new ByteArrayInputStream(data);
        try (QueryExecution ex = e.runner().execute(new QueryRequest(sql, session, Map.of(), Map.of(), body, "q" + System.nanoTime()))) {
            while (ex.next() != null) {
                // statements without a result
            }
        }
    }

    /** The bytes of {@code sql}'s result in {@code format}. */
    static byte[] select(Engine e, String sql, String format) {
        QuerySession session = new QuerySession("default", "default", Settings.DEFAULTS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (QueryExecution ex = e.runner().execute(new QueryRequest(sql, session, Map.of(), Map.of(), null, "q" + System.nanoTime()))) {
            OutputWriter w = Formats.output(format).create(out, ex.header(),
                    Formats.formatSettings(Settings.DEFAULTS, e.timeZone()), Settings.DEFAULTS);
            long rows = 0;
            for (Chunk c = ex.next(); c != null; c = ex.next()) {
                w.writeChunk(c);
                rows += c.rowCount();
            }
            w.finish(OutputStatistics.ofRows(rows));
        }
        return out.toByteArray();
    }

    /** Hex, 16 bytes a line: a failing comparison shows where the bytes part. */
    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        HexFormat h = HexFormat.of();
        for (int i = 0; i < b.length; i += 16) {
            sb.append(String.format("%04x: ", i)).append(h.formatHex(b, i, Math.min(b.length, i + 16))).append('\n');
        }
        return sb.toString();
    }
}
