package io.strata.tests;

import io.strata.core.error.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The corpus over a server's HTTP interface, as a script posting each statement: one
 * {@code session_id} per file keeps SET and USE between statements (the first statement is a USE
 * of the file's database), and the body is what clickhouse-client would print (TabSeparated by
 * default).
 */
final class HttpCorpusConnection implements CorpusConnection {
    private final HttpClient http;
    private final int port;
    private final String sessionId;

    HttpCorpusConnection(HttpClient http, int port, String database) throws Failure {
        this.http = http;
        this.port = port;
        this.sessionId = "corpus-" + database + "-" + System.nanoTime();
        // the database of the session, not a parameter of each request: a USE in the file must stick
        execute("USE " + database, Map.of(), new ByteArrayOutputStream());
    }

    @Override
    public void execute(String sql, Map<String, String> settings, ByteArrayOutputStream output) throws Failure {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("session_id", sessionId);
        params.putAll(settings);
        StringBuilder url = new StringBuilder("http://127.0.0.1:").append(port).append('/');
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            url.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        HttpResponse<byte[]> r;
        try {
            r = http.send(HttpRequest.newBuilder(URI.create(url.toString()))
                    .POST(HttpRequest.BodyPublishers.ofString(sql, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new Failure("NETWORK_ERROR", "no answer from the server: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("NETWORK_ERROR", "interrupted", e);
        }
        String code = r.headers().firstValue("X-ClickHouse-Exception-Code").orElse("");
        if (r.statusCode() != 200 || !code.isEmpty()) {
            String body = new String(r.body(), StandardCharsets.UTF_8);
            throw new Failure(codeName(code, body), "HTTP " + r.statusCode() + ": " + body.strip(), null);
        }
        output.writeBytes(r.body());
    }

    /** The error's name: by the header's code, else the {@code (NAME)} ending ClickHouse's message. */
    private static String codeName(String code, String body) {
        try {
            ErrorCode c = ErrorCode.byCode(Integer.parseInt(code.strip()));
            if (c != null) return c.name();
        } catch (NumberFormatException ignored) {
            // no header: read the name from the message
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(([A-Z][A-Z0-9_]+)\\)\\s*$").matcher(body.strip());
        return m.find() ? m.group(1) : "HTTP_ERROR";
    }

    @Override
    public void close() {
        // the session expires on the server; the HTTP client is shared
    }
}
