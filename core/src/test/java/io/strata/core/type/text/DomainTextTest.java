package io.strata.core.type.text;

import static io.strata.core.type.text.TextFixture.Style.CSV;
import static io.strata.core.type.text.TextFixture.Style.ESCAPED;
import static io.strata.core.type.text.TextFixture.Style.JSON;
import static io.strata.core.type.text.TextFixture.Style.QUOTED;
import static io.strata.core.type.text.TextFixture.Style.TEXT;
import static io.strata.core.type.text.TextFixture.read;
import static io.strata.core.type.text.TextFixture.roundTrip;
import static io.strata.core.type.text.TextFixture.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import org.junit.jupiter.api.Test;

class DomainTextTest {
    @Test
    void uuid() {
        String u = "61f0c404-5cb3-11e7-907b-a6006ad3dba0";
        assertEquals(u, roundTrip("UUID", u, TEXT));
        assertEquals(u, roundTrip("UUID", u.toUpperCase(), ESCAPED).toLowerCase());
        assertEquals("'" + u + "'", roundTrip("UUID", "'" + u + "'", QUOTED));
        assertEquals("\"" + u + "\"", roundTrip("UUID", u, CSV));
        assertEquals("\"" + u + "\"", roundTrip("UUID", "\"" + u + "\"", JSON));
        assertEquals(u, show("UUID", u.replace("-", ""), TEXT));
        assertEquals(0x61, ((StringColumn) read("UUID", u, TEXT)).getBytes(0)[0]);
        assertEquals(ErrorCode.CANNOT_PARSE_UUID, assertThrows(DbException.class, () -> read("UUID", "61f0c404", TEXT)).code());
    }

    @Test
    void ipv4() {
        assertEquals(0x7F000001L, ((LongColumn) read("IPv4", "127.0.0.1", TEXT)).get(0));
        assertEquals("255.255.255.255", roundTrip("IPv4", "255.255.255.255", TEXT));
        assertEquals("'10.0.0.1'", roundTrip("IPv4", "'10.0.0.1'", QUOTED));
        assertEquals("\"10.0.0.1\"", roundTrip("IPv4", "10.0.0.1", CSV));
        assertEquals("\"10.0.0.1\"", roundTrip("IPv4", "\"10.0.0.1\"", JSON));
        for (String bad : new String[] {"256.0.0.1", "1.2.3", "1.2.3.4.5", "a.b.c.d", ""}) {
            assertEquals(ErrorCode.CANNOT_PARSE_DOMAIN_VALUE_FROM_STRING, assertThrows(DbException.class, () -> read("IPv4", bad, TEXT)).code(), bad);
        }
    }

    @Test
    void ipv6CanonicalForm() {
        assertEquals("::1", roundTrip("IPv6", "::1", TEXT));
        assertEquals("::", roundTrip("IPv6", "::", TEXT));
        assertEquals("::", roundTrip("IPv6", "0:0:0:0:0:0:0:0", TEXT));
        assertEquals("1::", roundTrip("IPv6", "1:0:0:0:0:0:0:0", TEXT));
        assertEquals("2001:db8::1", roundTrip("IPv6", "2001:0DB8:0000:0000:0000:0000:0000:0001", TEXT));
        assertEquals("2001:db8:0:1:1:1:1:1", roundTrip("IPv6", "2001:db8:0:1:1:1:1:1", TEXT));
        assertEquals("2001:db8::1:0:0:1", roundTrip("IPv6", "2001:db8:0:0:1:0:0:1", TEXT));
        assertEquals("::ffff:1.2.3.4", roundTrip("IPv6", "::ffff:1.2.3.4", TEXT));
        assertEquals("::ffff:1.2.3.4", roundTrip("IPv6", "1.2.3.4", TEXT));
        assertEquals("::ffff:1.2.3.4", roundTrip("IPv6", "::ffff:0102:0304", TEXT));
        assertEquals("'::1'", roundTrip("IPv6", "'::1'", QUOTED));
        assertEquals("\"fe80::1\"", roundTrip("IPv6", "\"fe80::1\"", JSON));
        for (String bad : new String[] {"1:::2", ":1::", "1:2:3:4:5:6:7:8:9", "12345::", "g::1", "1:2:3:4:5:6:7"}) {
            assertEquals(ErrorCode.CANNOT_PARSE_DOMAIN_VALUE_FROM_STRING, assertThrows(DbException.class, () -> read("IPv6", bad, TEXT)).code(), bad);
        }
    }
}
