package io.strata.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Session bookkeeping with a hand-driven clock: nothing here waits for real time. */
class HttpSessionsTest {
    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final HttpSessions sessions = new HttpSessions(60, 3600, now::get, false);

    /** Runner state whose close() counts, standing for dropped temporary tables. */
    private static final class Tables implements AutoCloseable {
        final AtomicInteger closes = new AtomicInteger();

        @Override
        public void close() {
            closes.incrementAndGet();
        }
    }

    @Test
    void aSessionIsReusedByIdAndUserAndLockedWhileInUse() {
        HttpSessions.Lease a = sessions.acquire("alice", "s1", null, false);
        DbException locked = assertThrows(DbException.class, () -> sessions.acquire("alice", "s1", null, false));
        assertEquals(ErrorCode.SESSION_IS_LOCKED, locked.code());
        assertEquals("Session s1 is locked by a concurrent client", locked.getMessage());
        HttpSessions.Lease bob = sessions.acquire("bob", "s1", null, false);
        assertNotSame(a.session(), bob.session(), "sessions are per user");
        a.release(false);
        HttpSessions.Lease again = sessions.acquire("alice", "s1", null, true);
        assertSame(a.session(), again.session());
        again.release(false);
        bob.release(false);
    }

    @Test
    void sessionCheckRequiresAnExistingSession() {
        DbException e = assertThrows(DbException.class, () -> sessions.acquire("default", "nope", null, true));
        assertEquals(ErrorCode.SESSION_NOT_FOUND, e.code());
        assertEquals("Session nope not found", e.getMessage());
    }

    @Test
    void timeoutsAreValidatedAgainstTheMaximum() {
        for (String bad : new String[] {"abc", "-1", "1.5", "", " 5"}) {
            DbException e = assertThrows(DbException.class, () -> sessions.acquire("default", "t", bad, false), bad);
            assertEquals(ErrorCode.INVALID_SESSION_TIMEOUT, e.code());
            assertEquals("Invalid session timeout: '" + bad + "'", e.getMessage());
        }
        DbException tooLong = assertThrows(DbException.class, () -> sessions.acquire("default", "t", "3601", false));
        assertTrue(tooLong.getMessage().startsWith("Session timeout '3601' is larger than max_session_timeout: 3600."), tooLong.getMessage());
        assertEquals(0, sessions.size());
    }

    @Test
    void anIdleSessionExpiresAfterItsTimeoutAndDropsItsState() {
        HttpSessions.Lease lease = sessions.acquire("default", "e", "10", false);
        Tables tables = new Tables();
        lease.session().setRunnerState(tables);
        now.addAndGet(3600 * SECOND);
        assertEquals(0, sessions.closeExpired(), "a session in use never expires");
        lease.release(false);
        now.addAndGet(9 * SECOND);
        assertEquals(0, sessions.closeExpired());
        // a request in between restarts the timeout
        HttpSessions.Lease again = sessions.acquire("default", "e", null, true);
        again.release(false);
        now.addAndGet(9 * SECOND);
        assertEquals(0, sessions.closeExpired());
        now.addAndGet(SECOND);
        assertEquals(1, sessions.closeExpired());
        assertEquals(1, tables.closes.get());
        assertEquals(ErrorCode.SESSION_NOT_FOUND, assertThrows(DbException.class, () -> sessions.acquire("default", "e", null, true)).code());
    }

    @Test
    void closeSessionEndsItAtOnceAndEphemeralSessionsEndWithTheRequest() {
        HttpSessions.Lease lease = sessions.acquire("default", "c", null, false);
        Tables tables = new Tables();
        lease.session().setRunnerState(tables);
        lease.release(true);
        assertEquals(1, tables.closes.get());
        assertEquals(0, sessions.size());

        HttpSessions.Lease once = sessions.ephemeral("default");
        Tables own = new Tables();
        once.session().setRunnerState(own);
        once.release(false);
        once.release(false);
        assertEquals(1, own.closes.get(), "released exactly once");
    }

    @Test
    void shutdownEndsEverySession() {
        HttpSessions.Lease lease = sessions.acquire("default", "x", null, false);
        Tables tables = new Tables();
        lease.session().setRunnerState(tables);
        lease.release(false);
        sessions.close();
        assertEquals(1, tables.closes.get());
        assertEquals(ErrorCode.ABORTED, assertThrows(DbException.class, () -> sessions.acquire("default", "y", null, false)).code());
    }
}
