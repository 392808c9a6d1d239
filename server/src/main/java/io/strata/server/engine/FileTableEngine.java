package io.strata.server.engine;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import io.strata.core.table.ChunkSource;
import io.strata.core.table.ReadRequest;
import io.strata.core.table.TableEngine;
import io.strata.core.table.TableWriter;
import io.strata.formats.InputFormat;
import io.strata.formats.InputReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

/**
 * file(path, format, structure) for reading: the file is parsed by the named input format on
 * every scan (it may change between queries, as ClickHouse rereads it too).
 */
public final class FileTableEngine implements TableEngine {
    private static final int READ_ROWS = 65536;

    private final Path file;
    private final InputFormat format;
    private final Header header;
    private final FormatSettings formatSettings;

    public FileTableEngine(Path file, InputFormat format, Header header, FormatSettings formatSettings) {
        this.file = file;
        this.format = format;
        this.header = header;
        this.formatSettings = formatSettings;
    }

    @Override public String engineName() { return "File"; }
    @Override public EnumSet<Capability> capabilities() { return EnumSet.noneOf(Capability.class); }

    @Override
    public List<ChunkSource> read(Header columns, ReadRequest request) {
        int[] positions = new int[request.columns().size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = header.indexOf(request.columns().get(i));
            if (positions[i] < 0) throw new DbException(ErrorCode.NO_SUCH_COLUMN_IN_TABLE, "There is no column " + request.columns().get(i));
        }
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new DbException(ErrorCode.FILE_DOESNT_EXIST, "File " + file + " doesn't exist");
        }
        Settings settings = request.settings();
        InputReader reader = format.create(in, header, formatSettings, settings);
        return List.of(new ChunkSource() {
            @Override
            public Chunk next() {
                Chunk all = reader.read(READ_ROWS);
                if (all == null) return null;
                Column[] cols = new Column[positions.length];
                for (int i = 0; i < cols.length; i++) cols[i] = all.column(positions[i]);
                return new Chunk(cols, all.rowCount());
            }

            @Override
            public void close() {
                try {
                    in.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    @Override
    public TableWriter writer() {
        throw new DbException(ErrorCode.NOT_IMPLEMENTED, "Table function 'file' is read-only in Strata");
    }

    @Override
    public void truncate() {
        throw new DbException(ErrorCode.NOT_IMPLEMENTED, "Table function 'file' doesn't support TRUNCATE");
    }

    @Override
    public void drop() {
    }
}
