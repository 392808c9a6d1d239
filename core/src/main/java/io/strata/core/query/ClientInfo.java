package io.strata.core.query;

/**
 * Who sent a query and how, as system.processes shows it (ClickHouse's ClientInfo, the part a
 * single server knows). Protocols fill what they have; the rest stays empty.
 *
 * @param interfaceKind  ClickHouse's interface number: {@link #TCP}, {@link #HTTP}, {@link #LOCAL}
 * @param address        the client's IP address as text ("" when there is no network client)
 * @param port           the client's port (0 when none)
 * @param httpMethod     0 without HTTP, 1 GET, 2 POST (ClickHouse's numbering)
 * @param httpUserAgent  the User-Agent header, or ""
 * @param httpReferer    the Referer header, or ""
 * @param forwardedFor   the X-Forwarded-For header, or ""
 * @param quotaKey       the quota key the client named, or ""
 * @param clientName     the client program's name (native protocol), or ""
 */
public record ClientInfo(int interfaceKind, String address, int port, int httpMethod, String httpUserAgent,
                         String httpReferer, String forwardedFor, String quotaKey, String clientName) {
    public static final int TCP = 1;
    public static final int HTTP = 2;
    public static final int LOCAL = 6;

    public static final int HTTP_GET = 1;
    public static final int HTTP_POST = 2;

    /** A query run in-process (`strata local`, tests): no address, no port. */
    public static final ClientInfo IN_PROCESS = new ClientInfo(LOCAL, "", 0, 0, "", "", "", "", "");

    public ClientInfo {
        address = address == null ? "" : address;
        httpUserAgent = httpUserAgent == null ? "" : httpUserAgent;
        httpReferer = httpReferer == null ? "" : httpReferer;
        forwardedFor = forwardedFor == null ? "" : forwardedFor;
        quotaKey = quotaKey == null ? "" : quotaKey;
        clientName = clientName == null ? "" : clientName;
    }
}
