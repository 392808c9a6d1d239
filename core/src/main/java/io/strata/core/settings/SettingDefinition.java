package io.strata.core.settings;

/**
 * A known setting: ClickHouse's name, its type name as system.settings shows it, the default as
 * text, and a description.
 */
public record SettingDefinition(String name, String type, String defaultValue, String description) {
}
