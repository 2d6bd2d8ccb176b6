"""The functions a query may call: PostgreSQL built-ins known to only compute a value from their
arguments, by family. Everything else (user-defined functions, server administration, anything
that runs SQL given as text, touches files, locks, sequences, settings or other sessions) is
refused by `services.sqlguard` unless a database's registration names it in `allowedFunctions`.

Adding a function here is a security decision: it must be a pure computation on its arguments
(or read nothing but the current transaction's own clock, identity or catalog metadata).
Each family has a test in tests/executor/test_sql_functions.py.
"""
from __future__ import annotations

from sqlglot import exp

AGGREGATE = frozenset({
    "count", "sum", "avg", "min", "max", "array_agg", "string_agg", "json_agg", "jsonb_agg",
    "json_object_agg", "jsonb_object_agg", "bool_and", "bool_or", "every", "bit_and", "bit_or",
    "bit_xor", "stddev", "stddev_pop", "stddev_samp", "variance", "var_pop", "var_samp", "corr",
    "covar_pop", "covar_samp", "regr_avgx", "regr_avgy", "regr_count", "regr_intercept", "regr_r2",
    "regr_slope", "regr_sxx", "regr_sxy", "regr_syy", "percentile_cont", "percentile_disc", "mode",
    "any_value", "range_agg", "range_intersect_agg",
})
WINDOW = frozenset({
    "row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "ntile", "lag", "lead",
    "first_value", "last_value", "nth_value",
})
MATH = frozenset({
    "abs", "ceil", "ceiling", "floor", "round", "trunc", "sign", "sqrt", "cbrt", "power", "pow",
    "exp", "ln", "log", "log10", "mod", "div", "pi", "degrees", "radians", "sin", "cos", "tan",
    "asin", "acos", "atan", "atan2", "cot", "sind", "cosd", "tand", "asind", "acosd", "atand",
    "atan2d", "cotd", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "random", "width_bucket",
    "gcd", "lcm", "factorial", "scale", "min_scale", "trim_scale", "erf", "erfc",
})
STRING = frozenset({
    "length", "char_length", "character_length", "octet_length", "bit_length", "lower", "upper",
    "initcap", "trim", "ltrim", "rtrim", "btrim", "lpad", "rpad", "substr", "substring", "left",
    "right", "replace", "translate", "concat", "concat_ws", "position", "strpos", "split_part",
    "repeat", "reverse", "format", "md5", "sha224", "sha256", "sha384", "sha512", "encode",
    "decode", "ascii", "chr", "starts_with", "quote_ident", "quote_literal", "quote_nullable",
    "regexp_replace", "regexp_match", "regexp_matches", "regexp_split_to_array",
    "regexp_split_to_table", "regexp_count", "regexp_instr", "regexp_like", "regexp_substr",
    "to_hex", "overlay", "normalize", "convert_from", "convert_to", "string_to_array",
    "string_to_table", "array_to_string", "unistr", "casefold",
})
DATE_TIME = frozenset({
    "now", "current_date", "current_time", "current_timestamp", "localtime", "localtimestamp",
    "clock_timestamp", "statement_timestamp", "transaction_timestamp", "timeofday", "date_trunc",
    "date_part", "date_bin", "extract", "age", "make_date", "make_time", "make_timestamp",
    "make_timestamptz", "make_interval", "justify_days", "justify_hours", "justify_interval",
    "isfinite", "to_char", "to_date", "to_timestamp", "to_number", "timezone", "date_add",
    "date_subtract",
})
JSON = frozenset({
    "to_json", "to_jsonb", "row_to_json", "array_to_json", "json_build_object", "jsonb_build_object",
    "json_build_array", "jsonb_build_array", "json_object", "jsonb_object", "json_array_length",
    "jsonb_array_length", "json_each", "jsonb_each", "json_each_text", "jsonb_each_text",
    "json_extract_path", "jsonb_extract_path", "json_extract_path_text", "jsonb_extract_path_text",
    "json_object_keys", "jsonb_object_keys", "json_array_elements", "jsonb_array_elements",
    "json_array_elements_text", "jsonb_array_elements_text", "json_typeof", "jsonb_typeof",
    "json_strip_nulls", "jsonb_strip_nulls", "jsonb_pretty", "jsonb_set", "jsonb_set_lax",
    "jsonb_insert", "json_to_record", "jsonb_to_record", "json_to_recordset", "jsonb_to_recordset",
    "json_populate_record", "jsonb_populate_record", "jsonb_path_exists", "jsonb_path_match",
    "jsonb_path_query", "jsonb_path_query_array", "jsonb_path_query_first", "json_scalar",
    "json_serialize", "json_value", "json_query", "json_exists", "json_array", "json_objectagg",
    "json_arrayagg",
})
ARRAY = frozenset({
    "array_length", "array_lower", "array_upper", "array_ndims", "array_dims", "cardinality",
    "array_append", "array_prepend", "array_cat", "array_remove", "array_replace", "array_position",
    "array_positions", "array_fill", "array_sample", "array_shuffle", "trim_array", "unnest",
})
CONDITIONAL = frozenset({"coalesce", "nullif", "greatest", "least", "num_nulls", "num_nonnulls"})
SET_RETURNING = frozenset({"generate_series", "generate_subscripts"})
TEXT_SEARCH = frozenset({
    "to_tsvector", "to_tsquery", "plainto_tsquery", "phraseto_tsquery", "websearch_to_tsquery",
    "ts_rank", "ts_rank_cd", "ts_headline", "setweight", "strip", "numnode", "querytree",
    "tsvector_to_array", "array_to_tsvector", "ts_delete", "ts_filter", "length",
})
# Type names used as functions: int4(x), date(x), text(x), numeric(x) ...
TYPE_CASTS = frozenset({
    "date", "time", "timestamp", "timestamptz", "interval", "text", "varchar", "char", "bpchar",
    "int", "int2", "int4", "int8", "integer", "smallint", "bigint", "float4", "float8", "real",
    "numeric", "decimal", "bool", "boolean", "uuid", "json", "jsonb", "bytea", "money", "inet",
    "cidr", "int4range", "int8range", "numrange", "daterange", "tsrange", "tstzrange",
    "int4multirange", "int8multirange", "nummultirange", "datemultirange", "tsmultirange",
    "tstzmultirange",
})
RANGE_AND_NETWORK = frozenset({
    "isempty", "lower_inc", "upper_inc", "lower_inf", "upper_inf", "range_merge", "multirange",
    "host", "hostmask", "masklen", "netmask", "network", "broadcast", "family", "abbrev",
    "set_masklen", "inet_same_family", "inet_merge", "gen_random_uuid", "uuid_extract_version",
    "uuid_extract_timestamp", "to_ascii",
})
# What the current session is and the shape of the schema: no data, no secrets.
SESSION_AND_CATALOG = frozenset({
    "current_user", "session_user", "user", "current_role", "current_database", "current_catalog",
    "current_schema", "current_schemas", "version", "pg_typeof", "format_type", "to_regclass",
    "to_regtype", "to_regproc", "to_regnamespace", "obj_description", "col_description",
    "shobj_description", "pg_table_is_visible", "pg_type_is_visible", "pg_get_viewdef",
    "pg_get_constraintdef", "pg_get_indexdef", "pg_get_expr", "pg_get_userbyid",
    "pg_encoding_to_char", "pg_relation_size", "pg_total_relation_size", "pg_table_size",
    "pg_indexes_size", "pg_database_size", "pg_size_pretty", "pg_size_bytes", "pg_column_size",
    "has_table_privilege", "has_column_privilege", "has_schema_privilege", "has_database_privilege",
    "pg_backend_pid", "pg_postmaster_start_time", "pg_is_in_recovery", "num_nonnulls",
})

FAMILIES: dict[str, frozenset[str]] = {
    "aggregate": AGGREGATE, "window": WINDOW, "math": MATH, "string": STRING, "date/time": DATE_TIME,
    "json": JSON, "array": ARRAY, "conditional": CONDITIONAL, "set-returning": SET_RETURNING,
    "text search": TEXT_SEARCH, "type cast": TYPE_CASTS, "range/network/uuid": RANGE_AND_NETWORK,
    "session/catalog": SESSION_AND_CATALOG,
}
SAFE_FUNCTIONS: frozenset[str] = frozenset().union(*FAMILIES.values())

# Calls sqlglot parses with a grammar of their own (no function name kept): the name PostgreSQL
# resolves for each. A class missing here is refused.
SPECIAL_SYNTAX: dict[type[exp.Expr], str] = {
    exp.Cast: "cast", exp.TryCast: "cast", exp.Extract: "extract", exp.Substring: "substring",
    exp.Trim: "trim", exp.StrPosition: "position", exp.Chr: "chr", exp.Initcap: "initcap",
    exp.Ceil: "ceil", exp.Floor: "floor", exp.GroupConcat: "string_agg", exp.JSONArrayAgg: "json_agg",
    exp.Overlay: "overlay", exp.Normalize: "normalize", exp.Case: "case", exp.If: "case",
    exp.CurrentDate: "current_date", exp.CurrentTime: "current_time",
    exp.CurrentTimestamp: "current_timestamp", exp.CurrentUser: "current_user",
    exp.SessionUser: "session_user", exp.Localtime: "localtime", exp.Localtimestamp: "localtimestamp",
    exp.Decode: "decode", exp.JSONObject: "json_object", exp.JSONObjectAgg: "json_objectagg",
    exp.JSONBExists: "jsonb_exists", exp.Array: "array", exp.Struct: "row",
    exp.Coalesce: "coalesce", exp.Unnest: "unnest", exp.Exists: "exists", exp.MatchAgainst: "@@",
    exp.Any: "any", exp.All: "all",
}
# Language constructs rather than functions PostgreSQL looks up by name (operators, which
# sqlglot also models as functions, are constructs too).
CONSTRUCTS = frozenset({"cast", "extract", "case", "array", "row", "exists", "@@", "operator", "any", "all", "some",
                        "current_date", "current_time", "current_timestamp", "current_user",
                        "session_user", "localtime", "localtimestamp", "trim", "position",
                        "substring", "overlay"})

# Settings a query may read with current_setting(): how values are shown, never credentials,
# file paths or custom (extension / application) settings.
READABLE_SETTINGS = frozenset({
    "timezone", "datestyle", "intervalstyle", "lc_monetary", "lc_numeric", "lc_time",
    "lc_collate", "lc_ctype", "client_encoding", "server_encoding", "server_version",
    "server_version_num", "is_superuser", "extra_float_digits", "search_path",
    "statement_timeout", "default_transaction_read_only", "transaction_read_only",
    "max_identifier_length", "integer_datetimes", "standard_conforming_strings", "work_mem",
    "application_name", "default_text_search_config",
    # the limits each execution sets (SET LOCAL), so a query can see what it runs under
    "lock_timeout", "idle_in_transaction_session_timeout", "temp_file_limit",
})

# Why a well-known refused function is refused (the message names the function either way).
_REASONS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("ts_stat", "ts_rewrite", "query_to_", "cursor_to_", "table_to_", "schema_to_",
      "database_to_"), "it runs SQL given as text or reads tables by name"),
    (("dblink", "postgres_fdw"), "it connects to other servers"),
    (("lo_", "loread", "lowrite"), "it reads or writes large objects"),
    (("pg_read_", "pg_ls_", "pg_stat_file", "pg_file_", "pg_current_logfile"),
     "it reads the server's files"),
    (("pg_advisory", "pg_try_advisory"), "it takes locks that outlive the query"),
    (("pg_cancel_backend", "pg_terminate_backend", "pg_signal"), "it stops other sessions"),
    (("set_config", "current_setting"), "it reads or changes server settings"),
    (("nextval", "setval", "currval", "lastval"), "it uses sequences"),
    (("txid_", "pg_current_xact", "pg_notify", "pg_logical"), "it has effects beyond this query"),
    (("pg_sleep",), "it only holds a database connection"),
    (("pg_",), "it is a server administration function"),
)


def refusal_reason(name: str) -> str:
    for prefixes, reason in _REASONS:
        if name.startswith(prefixes):
            return reason
    return "it is not a known-safe built-in function"
