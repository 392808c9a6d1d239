package io.strata.http;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Server-level settings of the HTTP interface, named after ClickHouse's config.xml keys.
 *
 * @param displayName                 {@code display_name}: the X-ClickHouse-Server-Display-Name header (default: the host name)
 * @param serverVersion               the version in error messages ({@code ... (version 0.1.0)})
 * @param defaultSessionTimeoutSeconds {@code default_session_timeout}: how long an idle HTTP session lives (60)
 * @param maxSessionTimeoutSeconds     {@code max_session_timeout}: the largest {@code session_timeout} a client may ask (3600)
 * @param keepAliveTimeoutSeconds      {@code keep_alive_timeout}: how long an idle connection is kept (30)
 */
public record HttpServerConfig(String displayName, String serverVersion, long defaultSessionTimeoutSeconds,
                               long maxSessionTimeoutSeconds, int keepAliveTimeoutSeconds) {
    public static final long DEFAULT_SESSION_TIMEOUT_SECONDS = 60;
    public static final long MAX_SESSION_TIMEOUT_SECONDS = 3600;
    public static final int KEEP_ALIVE_TIMEOUT_SECONDS = 30;

    public HttpServerConfig {
        if (defaultSessionTimeoutSeconds < 0 || maxSessionTimeoutSeconds < 0) {
            throw new IllegalArgumentException("session timeouts must not be negative");
        }
        if (displayName == null || displayName.isBlank() || displayName.chars().anyMatch(c -> c < 0x20 || c > 0x7E)) {
            throw new IllegalArgumentException("display name must be printable ASCII: '" + displayName + "'");
        }
    }

    /** The defaults ClickHouse ships with, for {@code serverVersion}. */
    public static HttpServerConfig defaults(String serverVersion) {
        return new HttpServerConfig(hostName(), serverVersion, DEFAULT_SESSION_TIMEOUT_SECONDS, MAX_SESSION_TIMEOUT_SECONDS,
                KEEP_ALIVE_TIMEOUT_SECONDS);
    }

    /** A copy with other session timeouts (the server's options). */
    public HttpServerConfig withSessionTimeouts(long defaultSeconds, long maxSeconds) {
        return new HttpServerConfig(displayName, serverVersion, defaultSeconds, maxSeconds, keepAliveTimeoutSeconds);
    }

    /** A copy with another display name. */
    public HttpServerConfig withDisplayName(String name) {
        return new HttpServerConfig(name, serverVersion, defaultSessionTimeoutSeconds, maxSessionTimeoutSeconds, keepAliveTimeoutSeconds);
    }

    /** The host name, as ClickHouse's getFQDNOrHostName falls back to it. */
    static String hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name == null || name.isBlank() || name.chars().anyMatch(c -> c < 0x20 || c > 0x7E) ? "localhost" : name;
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
