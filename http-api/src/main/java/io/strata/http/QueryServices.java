package io.strata.http;

import io.strata.core.query.QueryRunner;
import java.time.ZoneId;

/** What every HTTP query of one server shares: the runner, the server's time zone, its settings and its sessions. */
record QueryServices(QueryRunner runner, ZoneId serverTimeZone, HttpServerConfig config, HttpSessions sessions) {
}
