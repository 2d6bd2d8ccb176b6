"""Statements an attacker sends to escape the read-only guard (issue 11), each with the name the
refusal must mention. They all parse as one harmless-looking SELECT: what makes them hostile is a
function call (SQL given as text, server files, other sessions, locks, large objects, settings,
sequences, notifications, user-defined functions) or a trick to hide one (comments, quoting,
Unicode escapes, dollar quotes, schema qualification, a NUL byte).

The integration test runs them through `POST /api/query/execute` against a database that has the
user-defined functions `rel_kill()` and `public.lower(text)` created beforehand (UDF_SETUP_SQL),
and checks nothing changed (tables, rows, sequences, roles, advisory locks, large objects).
"""

# Created in the customer database before the attack, by its owner (not by querycast).
UDF_SETUP_SQL = """
CREATE FUNCTION rel_kill() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION leak(t text) RETURNS text LANGUAGE sql AS 'SELECT t';
CREATE FUNCTION public.upper(x int) RETURNS int LANGUAGE sql AS 'SELECT x';
CREATE FUNCTION text_plus(a text, b text) RETURNS text LANGUAGE sql AS 'SELECT a || b';
CREATE OPERATOR + (LEFTARG = text, RIGHTARG = text, FUNCTION = text_plus);
CREATE OPERATOR ### (LEFTARG = int, RIGHTARG = int, FUNCTION = int4pl);
"""

# (statement, text the SQL_REJECTED message must contain)
HOSTILE: list[tuple[str, str]] = [
    # functions that run SQL given as text
    ("SELECT * FROM ts_stat('SELECT to_tsvector(pg_read_file(''/etc/hostname''))')", "ts_stat"),
    ("SELECT ts_rewrite('a & b'::tsquery, 'SELECT t, s FROM aliases')", "ts_rewrite"),
    ("SELECT query_to_xml('SELECT rolpassword FROM pg_authid', true, false, '')", "query_to_xml"),
    ("SELECT query_to_xmlschema('SELECT 1', true, false, '')", "query_to_xmlschema"),
    ("SELECT query_to_xml_and_xmlschema('SELECT 1', true, false, '')", "query_to_xml_and_xmlschema"),
    ("SELECT xpath('//row/rolpassword/text()', table_to_xml('pg_authid', true, false, ''))", "xpath"),
    ("SELECT table_to_xmlschema('items', true, false, '')", "table_to_xmlschema"),
    ("SELECT table_to_xml_and_xmlschema('items', true, false, '')", "table_to_xml_and_xmlschema"),
    ("SELECT cursor_to_xml('c', 10, true, false, '')", "cursor_to_xml"),
    ("SELECT cursor_to_xmlschema('c', true, false, '')", "cursor_to_xmlschema"),
    ("SELECT schema_to_xml('public', true, false, '')", "schema_to_xml"),
    ("SELECT schema_to_xmlschema('public', true, false, '')", "schema_to_xmlschema"),
    ("SELECT database_to_xml(true, false, '')", "database_to_xml"),
    ("SELECT database_to_xmlschema(true, false, '')", "database_to_xmlschema"),
    ("SELECT * FROM dblink('dbname=postgres', 'SELECT 1') AS t(a int)", "dblink"),
    ("SELECT dblink_exec('dbname=postgres', 'DROP TABLE items')", "dblink_exec"),
    ("SELECT dblink_connect('c', 'dbname=postgres')", "dblink_connect"),
    # wrapped inside something innocent
    ("SELECT id FROM items WHERE id = (SELECT length(query_to_xml('SELECT 1', true, true, '')::text))",
     "query_to_xml"),
    ("SELECT * FROM items ORDER BY (SELECT count(*) FROM ts_stat('SELECT to_tsvector(name) FROM items'))",
     "ts_stat"),
    ("WITH x AS (SELECT table_to_xml('pg_authid', true, false, '') AS v) SELECT v FROM x", "table_to_xml"),
    ("SELECT CASE WHEN false THEN pg_terminate_backend(1) END", "pg_terminate_backend"),
    ("SELECT coalesce(NULL, pg_read_file('/etc/hostname'))", "pg_read_file"),
    ("SELECT * FROM items i JOIN LATERAL (SELECT lo_import('/etc/hostname') AS o) l ON true", "lo_import"),
    # server files and programs
    ("SELECT pg_read_file('/etc/hostname')", "pg_read_file"),
    ("SELECT pg_read_binary_file('/etc/hostname')", "pg_read_binary_file"),
    ("SELECT * FROM pg_ls_dir('.')", "pg_ls_dir"),
    ("SELECT * FROM pg_ls_logdir()", "pg_ls_logdir"),
    ("SELECT * FROM pg_ls_waldir()", "pg_ls_waldir"),
    ("SELECT pg_stat_file('postgresql.conf')", "pg_stat_file"),
    ("SELECT pg_current_logfile()", "pg_current_logfile"),
    # other sessions and the server
    ("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid()",
     "pg_terminate_backend"),
    ("SELECT pg_cancel_backend(1)", "pg_cancel_backend"),
    ("SELECT pg_reload_conf()", "pg_reload_conf"),
    ("SELECT pg_rotate_logfile()", "pg_rotate_logfile"),
    ("SELECT pg_switch_wal()", "pg_switch_wal"),
    ("SELECT pg_create_restore_point('x')", "pg_create_restore_point"),
    ("SELECT pg_backup_start('x')", "pg_backup_start"),
    ("SELECT pg_create_logical_replication_slot('s', 'pgoutput')", "pg_create_logical_replication_slot"),
    ("SELECT pg_logical_emit_message(true, 'p', 'x')", "pg_logical_emit_message"),
    ("SELECT pg_promote()", "pg_promote"),
    ("SELECT pg_wal_replay_pause()", "pg_wal_replay_pause"),
    ("SELECT pg_import_system_collations('pg_catalog')", "pg_import_system_collations"),
    ("SELECT pg_stat_reset()", "pg_stat_reset"),
    # locks that outlive the query
    ("SELECT pg_advisory_lock(42)", "pg_advisory_lock"),
    ("SELECT pg_try_advisory_lock(42)", "pg_try_advisory_lock"),
    ("SELECT pg_advisory_lock_shared(42)", "pg_advisory_lock_shared"),
    ("SELECT pg_advisory_xact_lock(42)", "pg_advisory_xact_lock"),
    ("SELECT pg_try_advisory_xact_lock_shared(42)", "pg_try_advisory_xact_lock_shared"),
    ("SELECT pg_advisory_unlock_all()", "pg_advisory_unlock_all"),
    # large objects
    ("SELECT lo_import('/etc/hostname')", "lo_import"),
    ("SELECT lo_export(1234, '/tmp/qc-x')", "lo_export"),
    ("SELECT lo_create(0)", "lo_create"),
    ("SELECT lo_from_bytea(0, 'x')", "lo_from_bytea"),
    ("SELECT lo_get(1234)", "lo_get"),
    ("SELECT lo_unlink(1234)", "lo_unlink"),
    ("SELECT loread(lo_open(1234, 262144), 10)", "lo"),
    # settings
    ("SELECT set_config('default_transaction_read_only', 'off', false)", "set_config"),
    ("SELECT set_config('role', 'postgres', true)", "set_config"),
    ("SELECT current_setting('data_directory')", "current_setting"),
    ("SELECT current_setting('hba_file')", "current_setting"),
    ("SELECT current_setting('app.secret_key')", "current_setting"),
    ("SELECT current_setting('ssl_key_file', true)", "current_setting"),
    ("SELECT current_setting(name) FROM items", "current_setting"),
    # sequences, notifications, transactions
    ("SELECT nextval('items_id_seq')", "nextval"),
    ("SELECT setval('items_id_seq', 1000)", "setval"),
    ("SELECT currval('items_id_seq')", "currval"),
    ("SELECT lastval()", "lastval"),
    ("SELECT pg_notify('chan', 'payload')", "pg_notify"),
    ("SELECT txid_current()", "txid_current"),
    ("SELECT pg_current_xact_id()", "pg_current_xact_id"),
    # sleeping past the limit
    ("SELECT pg_sleep(3600)", "pg_sleep"),
    ("SELECT pg_sleep_for('1 hour')", "pg_sleep_for"),
    ("SELECT pg_sleep_until('2999-01-01')", "pg_sleep_until"),
    # user-defined functions (created beforehand) and lookalikes
    ("SELECT rel_kill()", "rel_kill"),
    ("SELECT public.rel_kill()", "public.rel_kill"),
    ("SELECT leak(name) FROM items", "leak"),
    ("SELECT id FROM items WHERE rel_kill() = 1", "rel_kill"),
    ("SELECT * FROM rel_kill()", "rel_kill"),
    ("SELECT public.upper(1)", "public.upper"),
    # hiding the name
    ('SELECT "pg_read_file"(\'/etc/hostname\')', "pg_read_file"),
    ('SELECT "PG_READ_FILE"(\'/etc/hostname\')', "PG_READ_FILE"),
    ("SELECT PG_TERMINATE_BACKEND(1)", "pg_terminate_backend"),
    ("SELECT pg_catalog.pg_read_file('/etc/hostname')", "pg_read_file"),
    ('SELECT "pg_catalog"."pg_terminate_backend"(1)', "pg_terminate_backend"),
    ("SELECT pg_catalog . set_config('a.b', 'c', false)", "set_config"),
    ("SELECT pg_read_file/**/('/etc/hostname')", "pg_read_file"),
    ("SELECT /* harmless */ lo_import /* really */ ('/etc/hostname')", "lo_import"),
    ("SELECT pg_read_file(--\n'/etc/hostname')", "pg_read_file"),
    ("SELECT U&\"pg_read\\005ffile\"('/etc/hostname')", "pg_read_file"),
    ("SELECT U&\"\\0070g_sleep\"(1000)", "pg_sleep"),
    ("SELECT u&\"\\+000070g_read_file\"('/etc/hostname')", "pg_read_file"),
    ("SELECT $$x$$ AS a, pg_read_file($q$/etc/hostname$q$)", "pg_read_file"),
    ("SELECT $tag$ $$ $tag$, query_to_xml($$SELECT 1$$, true, true, '')", "query_to_xml"),
    ("SELECT 'pg_read_file(''x'')', pg_ls_dir('.')", "pg_ls_dir"),
    ("SELECT (pg_read_file('/etc/hostname'))::text", "pg_read_file"),
    ("SELECT pg_read_file('/etc/hostname') AS \"SELECT 1\"", "pg_read_file"),
    ("SELECT 1 FROM items WHERE name = ANY (ARRAY[pg_read_file('/etc/hostname')])", "pg_read_file"),
    ("SELECT (SELECT pg_read_file('/etc/hostname') OFFSET 0)", "pg_read_file"),
    # a NUL byte: PostgreSQL would run only the part before it
    ("SELECT 1\x00; SELECT pg_read_file('/etc/hostname')", "NUL"),
    ("SELECT id FROM items \x00 WHERE rel_kill() = 1", "NUL"),
    # catalogs with secrets
    ("SELECT rolname, rolpassword FROM pg_authid", "pg_authid"),
    ("SELECT passwd FROM pg_catalog.pg_shadow", "pg_shadow"),
    ("SELECT * FROM pg_user_mappings", "pg_user_mappings"),
    ("SELECT * FROM pg_hba_file_rules", "pg_hba_file_rules"),
    ("SELECT setting FROM pg_settings WHERE name = 'data_directory'", "pg_settings"),
    ("SELECT * FROM pg_largeobject_metadata", "pg_largeobject_metadata"),
    ("SELECT query FROM pg_stat_activity WHERE pid <> pg_backend_pid()", "pg_stat_activity"),
]

# Refused by the executor's look at the database's own functions (the statement alone looks
# harmless): a function of the database that PostgreSQL would run in place of a built-in or a
# column. Checked before the statement runs, in the same round trip as the transaction's limits.
SHADOWING: list[tuple[str, str]] = [
    ("SELECT upper(id) FROM items", "upper"),          # public.upper(int) shadows the built-in
    ("SELECT items.rel_kill FROM items", "rel_kill"),  # t.f means f(t) to PostgreSQL
    ("SELECT rel_kill FROM items", "rel_kill"),
    ("SELECT name + name FROM items", "operator +"),    # text + text is the database's text_plus()
    ("SELECT 1 # 2", "operator #"),                     # '#' is part of the database's ###
]
