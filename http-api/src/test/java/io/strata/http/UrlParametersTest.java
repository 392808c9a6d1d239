package io.strata.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class UrlParametersTest {
    @Test
    void decodesPercentEscapesPlusAndUtf8() {
        UrlParameters p = UrlParameters.parse("/?query=SELECT+%27caf%C3%A9%27%20x&param_a=1%2B1");
        assertEquals("/", p.path());
        assertEquals(List.of("SELECT 'café' x"), p.values().get("query"));
        assertEquals(List.of("1+1"), p.values().get("param_a"));
    }

    @Test
    void keepsRepeatsInOrderAndSkipsEmptyNames() {
        UrlParameters p = UrlParameters.parse("/?&a=1&&a=2&=x&b&");
        assertEquals(List.of("1", "2"), p.values().get("a"));
        assertEquals(List.of(""), p.values().get("b"));
        assertFalse(p.has(""));
        assertEquals(List.of("a", "b"), List.copyOf(p.values().keySet()));
    }

    @Test
    void rawNonAsciiBytesMustBeUtf8() {
        // Netty gives the request line one char per byte: "é" arrives as the two chars of C3 A9
        UrlParameters p = UrlParameters.parse("/?q=caf\u00C3\u00A9");
        assertEquals(List.of("café"), p.values().get("q"));
        DbException e = assertThrows(DbException.class, () -> UrlParameters.parse("/?q=\u00FF"));
        assertEquals(ErrorCode.BAD_ARGUMENTS, e.code());
    }

    @Test
    void malformedEscapesAndInvalidUtf8AreRefused() {
        for (String uri : List.of("/?query=SELECT%201%ZZ", "/?query=SELECT%201%", "/?query=%4", "/?query=%FF%FE", "/%C3?x=1")) {
            DbException e = assertThrows(DbException.class, () -> UrlParameters.parse(uri), uri);
            assertEquals(ErrorCode.BAD_ARGUMENTS, e.code(), uri);
            assertTrue(e.getMessage().contains("URI") || e.getMessage().contains("UTF-8"), e.getMessage());
        }
    }

    @Test
    void pathWithoutParameters() {
        UrlParameters p = UrlParameters.parse("/ping");
        assertEquals("/ping", p.path());
        assertTrue(p.values().isEmpty());
    }
}
