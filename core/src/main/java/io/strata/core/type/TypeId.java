package io.strata.core.type;

/**
 * Which data type a {@link DataType} is, for switch dispatch. Not persisted: on-disk and
 * on-wire forms use type names (as ClickHouse does), never these ordinals.
 */
public enum TypeId {
    NOTHING, UINT8, UINT16, UINT32, UINT64, INT8, INT16, INT32, INT64, UINT128, UINT256, INT128, INT256, FLOAT32, FLOAT64, BOOL,
    DECIMAL, STRING, FIXED_STRING, DATE, DATE32, DATETIME, DATETIME64, UUID, ENUM8, ENUM16, IPV4, IPV6,
    NULLABLE, LOW_CARDINALITY, ARRAY, TUPLE, MAP, INTERVAL, AGGREGATE_FUNCTION;
}
