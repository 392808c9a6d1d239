package io.strata.perf.dashboard;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 keep-alive connection speaking just enough of the protocol for a load test: a POST
 * with the query as its body, and a response read to its end (Content-Length or chunked). Written
 * over a raw socket so that the client's own cost per request is a few hundred bytes copied, not
 * an HTTP library's machinery, on a machine whose cores the server under test shares.
 */
final class KeepAliveConnection implements AutoCloseable {
    private static final int BUFFER = 64 << 10;

    private final InetSocketAddress address;
    private final String requestHead; // the request line and headers up to Content-Length's value
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private boolean serverCloses;
    private long reconnects = -1; // the first connect is not a reconnect

    /** The result of one request: status, and the body when the caller asked to keep it. */
    record Response(int status, byte[] body) {
    }

    KeepAliveConnection(InetSocketAddress address, String pathAndQuery) {
        this.address = address;
        this.requestHead = "POST " + pathAndQuery + " HTTP/1.1\r\nHost: " + address.getHostString() + ":" + address.getPort()
                + "\r\nUser-Agent: strata-dashboard-load\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Length: ";
    }

    long reconnects() {
        return Math.max(0, reconnects);
    }

    /**
     * Sends {@code query} and reads the whole response. The body is returned when {@code keepBody}
     * or the status is not 200 (the error message); otherwise it is read and dropped.
     */
    Response execute(byte[] query, boolean keepBody) throws IOException {
        if (socket == null || serverCloses) connect();
        byte[] head = (requestHead + query.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + query.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(query, 0, request, head.length, query.length);
        out.write(request);
        out.flush();
        return readResponse(keepBody);
    }

    private void connect() throws IOException {
        close();
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.connect(address, 10_000);
        socket = s;
        in = s.getInputStream();
        out = s.getOutputStream();
        position = limit = 0;
        serverCloses = false;
        reconnects++;
    }

    private Response readResponse(boolean keepBody) throws IOException {
        String statusLine = readLine();
        // "HTTP/1.1 200 OK"
        int firstSpace = statusLine.indexOf(' ');
        if (firstSpace < 0) throw new IOException("Bad status line: " + statusLine);
        int status = Integer.parseInt(statusLine.substring(firstSpace + 1, firstSpace + 4));
        long contentLength = -1;
        boolean chunked = false;
        serverCloses = statusLine.startsWith("HTTP/1.0");
        String line;
        while (!(line = readLine()).isEmpty()) {
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                contentLength = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.equalsIgnoreCase("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                if (value.equalsIgnoreCase("close")) serverCloses = true;
                else if (value.equalsIgnoreCase("keep-alive")) serverCloses = false;
            }
        }
        boolean keep = keepBody || status != 200;
        BodySink body = new BodySink(keep);
        if (chunked) {
            while (true) {
                String size = readLine();
                int semicolon = size.indexOf(';');
                long n = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                if (n == 0) {
                    while (!readLine().isEmpty()) {
                        // trailers
                    }
                    break;
                }
                copy(n, body);
                readLine();
            }
        } else if (contentLength >= 0) {
            copy(contentLength, body);
        } else {
            // no length: the body runs to the end of the connection
            serverCloses = true;
            while (fill()) {
                body.write(buffer, position, limit - position);
                position = limit;
            }
        }
        if (serverCloses) close();
        return new Response(status, body.bytes());
    }

    private void copy(long n, BodySink body) throws IOException {
        while (n > 0) {
            if (position == limit && !fill()) throw new EOFException("Connection closed inside a response body");
            int take = (int) Math.min(n, limit - position);
            body.write(buffer, position, take);
            position += take;
            n -= take;
        }
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            if (position == limit && !fill()) throw new EOFException("Connection closed by the server");
            byte b = buffer[position++];
            if (b == '\n') break;
            if (b != '\r') line.append((char) (b & 0xFF));
        }
        return line.toString();
    }

    private boolean fill() throws IOException {
        position = 0;
        limit = 0;
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) return false;
        limit = n;
        return true;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing to release beyond the descriptor
            }
            socket = null;
        }
    }

    /** The body's bytes when kept; a byte counter otherwise. */
    private static final class BodySink {
        private final boolean keep;
        private byte[] bytes = new byte[0];
        private int size;

        BodySink(boolean keep) {
            this.keep = keep;
        }

        void write(byte[] b, int off, int len) {
            if (!keep) return;
            if (size + len > bytes.length) bytes = java.util.Arrays.copyOf(bytes, Math.max(size + len, bytes.length * 2 + 256));
            System.arraycopy(b, off, bytes, size, len);
            size += len;
        }

        byte[] bytes() {
            return keep ? java.util.Arrays.copyOf(bytes, size) : null;
        }
    }
}
