package io.strata.core.format;

import java.time.ZoneId;

/**
 * Settings that change how values are written and parsed as text. Built from the query's
 * settings (names as ClickHouse's: format_csv_delimiter, output_format_json_quote_64bit_integers...).
 *
 * @param timeZone                  zone for DateTime values without an explicit zone (session_timezone or server's)
 * @param csvDelimiter              format_csv_delimiter
 * @param jsonQuote64bitIntegers    output_format_json_quote_64bit_integers
 * @param jsonQuoteDecimals         output_format_json_quote_decimals
 * @param jsonQuoteDenormals        output_format_json_quote_denormals (inf/nan as strings, else null)
 * @param nullAsDefault             input_format_null_as_default
 * @param dateTimeBestEffort        date_time_input_format = best_effort
 * @param skipUnknownFields         input_format_skip_unknown_fields
 * @param boolTrueRepresentation    format_... bool text (true/false)
 */
public record FormatSettings(ZoneId timeZone, char csvDelimiter, boolean jsonQuote64bitIntegers,
                             boolean jsonQuoteDecimals, boolean jsonQuoteDenormals, boolean nullAsDefault,
                             boolean dateTimeBestEffort, boolean skipUnknownFields) {

    public static final FormatSettings DEFAULT = new FormatSettings(ZoneId.systemDefault(), ',', true, false, false,
            true, false, true);

    public FormatSettings withTimeZone(ZoneId zone) {
        return new FormatSettings(zone, csvDelimiter, jsonQuote64bitIntegers, jsonQuoteDecimals, jsonQuoteDenormals,
                nullAsDefault, dateTimeBestEffort, skipUnknownFields);
    }
}
