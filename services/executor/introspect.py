"""Schema introspection from pg_catalog: the tables and views the registered user can read, with
columns, types, nullability, keys and comments (contracts.schema_info)."""
from __future__ import annotations

import aiopg

from contracts.schema_info import ColumnDef, ForeignKey, SchemaInfo, TableInfo

INTROSPECTION_TIMEOUT_MS = 30_000

_RELATIONS = """
SELECT c.oid, n.nspname, c.relname, c.relkind, obj_description(c.oid, 'pg_class')
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm')
  AND NOT c.relispartition
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
  AND has_table_privilege(c.oid, 'SELECT')
ORDER BY n.nspname, c.relname
"""

_COLUMNS = """
SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull,
       col_description(a.attrelid, a.attnum)
FROM pg_attribute a
WHERE a.attrelid = ANY(%s::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum
"""

_KEYS = """
SELECT con.conrelid, con.contype,
       ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, pos)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.pos),
       rn.nspname, rc.relname,
       ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, pos)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.pos)
FROM pg_constraint con
LEFT JOIN pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
WHERE con.conrelid = ANY(%s::oid[]) AND con.contype IN ('p', 'f')
ORDER BY con.conrelid, con.conname
"""


async def introspect(conn: aiopg.Connection, database_id: str) -> SchemaInfo:
    async with conn.cursor() as cur:
        await cur.execute("BEGIN TRANSACTION READ ONLY")
        try:
            await cur.execute(f"SET LOCAL statement_timeout = {INTROSPECTION_TIMEOUT_MS}")
            await cur.execute(_RELATIONS)
            relations = await cur.fetchall()
            oids = [row[0] for row in relations]
            await cur.execute(_COLUMNS, (oids,))
            columns = await cur.fetchall()
            await cur.execute(_KEYS, (oids,))
            keys = await cur.fetchall()
        finally:
            await cur.execute("ROLLBACK")
    tables: dict[int, TableInfo] = {}
    for oid, schema, name, kind, comment in relations:
        tables[oid] = TableInfo(schema_name=schema, name=name, comment=comment,
                                kind="view" if kind in ("v", "m") else "table")
    for oid, name, type_, nullable, comment in columns:
        tables[oid].columns.append(ColumnDef(name=name, type=type_, nullable=nullable, comment=comment))
    for oid, contype, cols, ref_schema, ref_table, ref_cols in keys:
        if contype == "p":
            tables[oid].primary_key = list(cols)
        else:
            tables[oid].foreign_keys.append(ForeignKey(columns=list(cols), ref_schema=ref_schema,
                                                       ref_table=ref_table, ref_columns=list(ref_cols)))
    return SchemaInfo(database_id=database_id, tables=list(tables.values()))
