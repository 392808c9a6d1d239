package io.strata.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for tests that need the bytes: header order and repetition,
 * chunk framing, a stream cut without its last chunk, requests no client library would send.
 */
final class RawHttp {
    private RawHttp() {
    }

    /**
     * A response as read from the wire.
     *
     * @param status     the status code
     * @param headLines  the header lines in order (without the status line)
     * @param body       the body, de-chunked when chunked
     * @param terminated whether a chunked body ended with its terminating chunk
     */
    record Response(int status, List<String> headLines, byte[] body, boolean terminated) {
        /** The first value of a header (case-insensitive name), or null. */
        String header(String name) {
            List<String> all = headers(name);
            return all.isEmpty() ? null : all.getFirst();
        }

        List<String> headers(String name) {
            List<String> out = new ArrayList<>();
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            for (String line : headLines) {
                if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) out.add(line.substring(prefix.length()).strip());
            }
            return out;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Sends {@code request} on a new connection and reads until the server closes it. */
    static Response exchange(int port, byte[] request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write(request);
            s.getOutputStream().flush();
            return parse(s.getInputStream().readAllBytes());
        }
    }

    static Response exchange(int port, String request) throws IOException {
        return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A request with a body: the head (with Content-Length and Connection: close added) and the bytes. */
    static byte[] post(String target, byte[] body, String... headers) {
        StringBuilder h = new StringBuilder("POST " + target + " HTTP/1.1\r\nHost: test\r\nConnection: close\r\n");
        for (String header : headers) h.append(header).append("\r\n");
        h.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(h.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** Reads one response's head from a kept-alive connection, up to and including the blank line. */
    static List<String> readHead(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int prev = -1;
        while (true) {
            int b = in.read();
            if (b < 0) throw new IOException("connection closed inside the head");
            if (prev == '\r' && b == '\n') {
                byte[] l = line.toByteArray();
                String text = new String(l, 0, l.length - 1, StandardCharsets.ISO_8859_1);
                if (text.isEmpty()) return lines;
                lines.add(text);
                line.reset();
            } else {
                line.write(b);
            }
            prev = b;
        }
    }

    static Response parse(byte[] raw) {
        int headEnd = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (headEnd < 0) throw new AssertionError("no complete head in: " + new String(raw, StandardCharsets.ISO_8859_1));
        String[] lines = new String(raw, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String> head = List.of(lines).subList(1, lines.length);
        int bodyStart = headEnd + 4;
        boolean chunked = head.stream().anyMatch(l -> l.equalsIgnoreCase("Transfer-Encoding: chunked"));
        if (!chunked) {
            byte[] body = new byte[raw.length - bodyStart];
            System.arraycopy(raw, bodyStart, body, 0, body.length);
            return new Response(status, head, body, true);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int i = bodyStart;
        while (i < raw.length) {
            int eol = indexOf(raw, new byte[] {'\r', '\n'}, i);
            if (eol < 0) break;
            int size = Integer.parseInt(new String(raw, i, eol - i, StandardCharsets.ISO_8859_1).trim(), 16);
            if (size == 0) return new Response(status, head, body.toByteArray(), true);
            int start = eol + 2;
            int n = Math.min(size, raw.length - start);
            body.write(raw, start, n);
            i = start + size + 2;
        }
        return new Response(status, head, body.toByteArray(), false);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) continue outer;
            }
            return i;
        }
        return -1;
    }

    /** Writes and flushes. */
    static void send(OutputStream out, byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }
}
