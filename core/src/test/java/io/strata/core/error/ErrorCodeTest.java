package io.strata.core.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {
    /** Every constant is in the lookup tables (test corpus files name codes; protocols send numbers). */
    @Test
    void everyConstantIsRegisteredByNameAndNumber() throws Exception {
        int constants = 0;
        for (Field f : ErrorCode.class.getDeclaredFields()) {
            if (f.getType() != ErrorCode.class || !Modifier.isStatic(f.getModifiers())) continue;
            ErrorCode c = (ErrorCode) f.get(null);
            assertEquals(f.getName(), c.name(), "constant name and ClickHouse name differ");
            assertNotNull(ErrorCode.byName(c.name()), c.name() + " is missing from the registration list");
            assertEquals(c, ErrorCode.byCode(c.code()));
            constants++;
        }
        assertEquals(true, constants > 100);
    }

    @Test
    void rendersAsClickHouseDoes() {
        DbException e = new DbException(ErrorCode.UNKNOWN_TABLE, "Table default.t does not exist");
        assertEquals("Code: 60. DB::Exception: Table default.t does not exist. (UNKNOWN_TABLE)", e.toClickHouseString());
    }
}
