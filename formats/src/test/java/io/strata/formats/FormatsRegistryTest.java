package io.strata.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsRegistryTest {

    /** Loading the registry fails on a duplicate name, so this also checks that names are unique. */
    @Test
    void everyExpectedOutputFormatIsRegistered() {
        for (String name : List.of("TabSeparated", "TSV", "TabSeparatedRaw", "TSVRaw", "Raw", "TabSeparatedWithNames",
                "TSVWithNames", "TabSeparatedWithNamesAndTypes", "TSVWithNamesAndTypes", "TabSeparatedRawWithNames",
                "TSVRawWithNamesAndTypes", "CSV", "CSVWithNames", "CSVWithNamesAndTypes", "JSON", "JSONCompact",
                "JSONStrings", "JSONCompactStrings", "JSONEachRow", "JSONLines", "NDJSON", "JSONCompactEachRow",
                "JSONCompactEachRowWithNames", "JSONCompactEachRowWithNamesAndTypes", "JSONStringsEachRow",
                "JSONCompactStringsEachRow", "Values", "Pretty", "PrettyNoEscapes", "PrettyMonoBlock",
                "PrettyNoEscapesMonoBlock", "PrettyCompact", "PrettyCompactNoEscapes", "PrettyCompactMonoBlock",
                "PrettyCompactNoEscapesMonoBlock", "PrettySpace", "PrettySpaceNoEscapes", "PrettySpaceMonoBlock",
                "PrettySpaceNoEscapesMonoBlock", "Vertical", "Markdown", "TSKV", "Null", "RawBLOB", "LineAsString")) {
            assertTrue(Formats.hasOutput(name), name);
        }
    }

    @Test
    void everyExpectedInputFormatIsRegistered() {
        for (String name : List.of("TabSeparated", "TSV", "TabSeparatedRaw", "TSVRaw", "TabSeparatedWithNames",
                "TSVWithNames", "TabSeparatedWithNamesAndTypes", "TSVWithNamesAndTypes", "CSV", "CSVWithNames",
                "CSVWithNamesAndTypes", "JSONEachRow", "JSONLines", "NDJSON", "JSONCompactEachRow", "Values",
                "LineAsString", "RawBLOB")) {
            assertTrue(Formats.hasInput(name), name);
        }
    }

    @Test
    void canonicalNamesAndContentTypes() {
        assertEquals("TabSeparatedWithNamesAndTypes", Formats.output("TSVWithNamesAndTypes").name());
        assertEquals("text/csv; charset=UTF-8; header=present", Formats.output("CSVWithNames").contentType());
        assertEquals("text/csv; charset=UTF-8; header=absent", Formats.output("CSV").contentType());
        assertEquals("application/json; charset=UTF-8", Formats.output("JSON").contentType());
        assertEquals("text/plain; charset=UTF-8", Formats.output("PrettyCompact").contentType());
    }
}
