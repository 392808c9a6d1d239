package io.strata.core.query;

/**
 * The two versions a Strata server has. Clients of ClickHouse read {@code version()} and compare
 * it with ClickHouse release numbers to decide which features they may use (clickhouse-connect
 * reads system.settings' readonly column from 19.17 on, Grafana enables ad hoc filters from 22.7,
 * drivers parse major.minor), so {@code version()} reports the ClickHouse release whose dialect
 * and protocol Strata follows, in ClickHouse's numbering; a number below every ClickHouse release
 * (Strata's own 0.1.0) sends them down code paths for servers older than any Strata imitates.
 * Strata's own release is {@link #STRATA}: {@code strataVersion()}, {@code strata --version} and
 * the "(version ...)" suffix of error messages show it.
 */
public final class ServerVersion {
    private ServerVersion() {
    }

    /** The ClickHouse release Strata is compatible with (major, minor, patch), as version() reports it. */
    public static final int COMPATIBLE_MAJOR = 23, COMPATIBLE_MINOR = 1, COMPATIBLE_PATCH = 0;

    /** version(): {@code 23.1.0}. */
    public static final String COMPATIBLE = COMPATIBLE_MAJOR + "." + COMPATIBLE_MINOR + "." + COMPATIBLE_PATCH;

    /** revision(): the native protocol revision of that release line that Strata speaks. */
    public static final int REVISION = 54460;

    /** Strata's own release version. */
    public static final String STRATA = "0.1.0";
}
