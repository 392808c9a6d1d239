package io.strata.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /play}: a small query page in the browser, like ClickHouse's. One self-contained
 * HTML file (its script and style inline, nothing fetched from elsewhere: servers often have no
 * internet) that sends the typed query to this server's {@code POST /} with the user and password
 * of its fields, and shows the result as a table, and as a bar chart when it is two columns of
 * labels and numbers.
 */
final class PlayPage {
    static final String PATH = "/play";
    static final String CONTENT_TYPE = "text/html; charset=UTF-8";
    private static final String RESOURCE = "play.html";

    private static volatile byte[] html;

    private PlayPage() {
    }

    static byte[] html() {
        byte[] h = html;
        if (h == null) {
            try (InputStream in = PlayPage.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
                h = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            html = h;
        }
        return h;
    }
}
