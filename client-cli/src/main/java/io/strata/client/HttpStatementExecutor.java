package io.strata.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs statements against a Strata (or ClickHouse) server's HTTP interface: the statement is the
 * POST body, the format goes as {@code default_format}, and the result streams straight to the
 * output. Stands in for the native protocol until the client speaks it.
 */
public final class HttpStatementExecutor implements StatementExecutor {
    private static final Pattern RESULT_ROWS = Pattern.compile("\"result_rows\":\"(\\d+)\"");
    private static final Pattern ERROR_CODE = Pattern.compile("^Code: (\\d+)\\.");

    private final HttpClient http;
    private final String baseUri;
    private final String authorization;
    private volatile String database;

    public HttpStatementExecutor(String host, int port, String user, String password, String database) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        this.baseUri = "http://" + h + ":" + port + "/";
        String credentials = user + ":" + (password == null ? "" : password);
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        this.database = database;
    }

    @Override
    public long execute(String sql, String format, OutputStream out) throws StatementException {
        StringBuilder uri = new StringBuilder(baseUri).append("?default_format=").append(encode(format));
        if (database != null) uri.append("&database=").append(encode(database));
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri.toString()))
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(sql, StandardCharsets.UTF_8))
                .build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            throw new StatementException(210, "Code: 210. DB::NetException: Cannot connect to " + baseUri + ": "
                    + reason + ". (NETWORK_ERROR)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StatementException(394, "Code: 394. DB::Exception: Query was cancelled. (QUERY_WAS_CANCELLED)");
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                String text = new String(body.readAllBytes(), StandardCharsets.UTF_8).strip();
                int code = response.headers().firstValue("X-ClickHouse-Exception-Code").map(Integer::parseInt)
                        .orElseGet(() -> codeOf(text));
                throw new StatementException(code, text.isEmpty() ? "HTTP status " + response.statusCode() : text);
            }
            body.transferTo(out);
            out.flush();
        } catch (IOException e) {
            // The server cut the stream after an error: its text is already part of the output.
            throw new StatementException(210, "Code: 210. DB::NetException: Connection to the server broke while "
                    + "reading the result: " + e.getMessage() + ". (NETWORK_ERROR)", e);
        }
        return response.headers().firstValue("X-ClickHouse-Summary")
                .map(RESULT_ROWS::matcher).filter(Matcher::find).map(m -> Long.parseLong(m.group(1))).orElse(-1L);
    }

    /** The database sent with later statements (the client's USE, since HTTP has no session yet). */
    public void setDatabase(String database) {
        this.database = database;
    }

    private static int codeOf(String text) {
        Matcher m = ERROR_CODE.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 1000;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
