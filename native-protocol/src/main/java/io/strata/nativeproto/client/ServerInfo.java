package io.strata.nativeproto.client;

/**
 * What the server said in its Hello: its name ({@code Strata}, {@code ClickHouse}), version, the
 * revision it speaks, and, by the negotiated revision, its time zone, display name and version
 * patch (empty or 0 when the revision has no such field).
 *
 * @param revision the server's own revision; the connection uses the smaller of it and ours
 */
public record ServerInfo(String name, int versionMajor, int versionMinor, int versionPatch, int revision, String timeZone,
                         String displayName) {

    /** {@code 23.1.0}: the version as clickhouse-client prints it. */
    public String version() {
        return versionMajor + "." + versionMinor + "." + versionPatch;
    }
}
