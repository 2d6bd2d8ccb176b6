"""Legitimate analytics SQL by function family: the allow-list must accept every one (no false
rejects) and PostgreSQL must run every one (they are real queries, against the seeded shop
tables `customers`, `items`, `all_types`)."""

FAMILY_SAMPLES: dict[str, list[str]] = {
    "aggregate": [
        "SELECT count(*), count(DISTINCT name), sum(id), avg(id), min(name), max(name) FROM items",
        "SELECT customer_id, array_agg(name ORDER BY name), string_agg(name, ', ' ORDER BY id) FROM items GROUP BY customer_id",
        "SELECT json_agg(i), jsonb_agg(i.name), json_object_agg(i.id, i.name), jsonb_object_agg(i.name, i.id) FROM items i",
        "SELECT bool_and(id > 0), bool_or(id > 4), every(id < 10), bit_and(id), bit_or(id) FROM items",
        "SELECT stddev(id), stddev_pop(id), stddev_samp(id), variance(id), var_pop(id), var_samp(id) FROM items",
        "SELECT corr(id, customer_id), covar_pop(id, customer_id), covar_samp(id, customer_id), regr_slope(id, customer_id), regr_intercept(id, customer_id), regr_r2(id, customer_id), regr_count(id, customer_id) FROM items",
        "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY id), percentile_disc(0.9) WITHIN GROUP (ORDER BY id), mode() WITHIN GROUP (ORDER BY customer_id) FROM items",
        "SELECT count(*) FILTER (WHERE customer_id = 1), sum(id) FILTER (WHERE name LIKE 'p%') FROM items",
        "SELECT customer_id, count(*) FROM items GROUP BY ROLLUP (customer_id) HAVING count(*) > 0",
    ],
    "window": [
        "SELECT name, row_number() OVER (ORDER BY id), rank() OVER (PARTITION BY customer_id ORDER BY id), dense_rank() OVER w FROM items WINDOW w AS (ORDER BY customer_id)",
        "SELECT id, percent_rank() OVER (ORDER BY id), cume_dist() OVER (ORDER BY id), ntile(2) OVER (ORDER BY id) FROM items",
        "SELECT id, lag(name) OVER (ORDER BY id), lead(name, 2, 'none') OVER (ORDER BY id) FROM items",
        "SELECT id, first_value(name) OVER w, last_value(name) OVER w, nth_value(name, 2) OVER w FROM items WINDOW w AS (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)",
        "SELECT id, sum(id) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW), avg(id) OVER (PARTITION BY customer_id) FROM items",
    ],
    "math": [
        "SELECT abs(-1), ceil(1.2), ceiling(1.2), floor(1.8), round(2.345, 2), trunc(2.9), sign(-3), sqrt(16), cbrt(27)",
        "SELECT power(2, 10), pow(2, 3), exp(1), ln(10), log(100), log10(1000), mod(10, 3), div(10, 3), pi()",
        "SELECT degrees(pi()), radians(180), sin(0), cos(0), tan(0), atan2(1, 1), random() < 2, width_bucket(5, 0, 10, 4)",
        "SELECT gcd(12, 18), lcm(4, 6), factorial(5), scale(1.230), trim_scale(1.2300), 7 % 3, 2 ^ 3",
        "SELECT round(avg(id)::numeric, 1), (sum(id) * 100.0 / nullif(count(*), 0))::numeric(10,2) FROM items",
    ],
    "string": [
        "SELECT length(name), char_length(name), octet_length(name), lower(name), upper(name), initcap(name) FROM items",
        "SELECT trim(name), trim(BOTH 'x' FROM name), ltrim(name), rtrim(name), btrim(name, 'p'), lpad(name, 8, '*'), rpad(name, 8) FROM items",
        "SELECT substr(name, 1, 2), substring(name FROM 2 FOR 2), substring(name, 1, 3), left(name, 2), right(name, 2), position('e' IN name), strpos(name, 'e') FROM items",
        "SELECT replace(name, 'p', 'P'), translate(name, 'ae', 'AE'), concat(name, '-', id), concat_ws('/', name, id), name || '!', split_part('a,b,c', ',', 2) FROM items",
        "SELECT repeat('ab', 3), reverse(name), format('%s has id %s', name, id), md5(name), encode(sha256(name::bytea), 'hex'), ascii(name), chr(65) FROM items",
        "SELECT regexp_replace(name, '[aeiou]', '_', 'g'), regexp_match(name, 'p(.)'), name ~ '^p', name ~* 'P', name !~ 'x', name SIMILAR TO 'p%' FROM items",
        "SELECT string_to_array('a,b', ','), array_to_string(ARRAY[1, 2], '-'), to_hex(255), starts_with(name, 'p'), quote_ident(name), quote_literal(name), overlay(name PLACING 'X' FROM 1 FOR 1) FROM items",
        "SELECT name ILIKE '%A%', name NOT LIKE 'x%', coalesce(email, 'none') FROM customers",
        "SELECT * FROM regexp_split_to_table('a b c', ' ') AS word",
    ],
    "date/time": [
        "SELECT now(), current_date, current_time, current_timestamp, localtime, localtimestamp, clock_timestamp(), statement_timestamp(), transaction_timestamp()",
        "SELECT date_trunc('month', born), date_trunc('week', at_tz), extract(year FROM born), extract(epoch FROM at_tz), date_part('dow', born) FROM all_types",
        "SELECT age(born), age(at_local, born), make_date(2024, 2, 29), make_time(1, 2, 3), make_timestamp(2024, 1, 1, 0, 0, 0), make_interval(days => 3) FROM all_types",
        "SELECT justify_days(interval '40 days'), justify_hours(interval '30 hours'), justify_interval(interval '1 mon -1 hour'), isfinite(born) FROM all_types",
        "SELECT to_char(at_tz, 'YYYY-MM-DD HH24:MI'), to_date('2024-05-01', 'YYYY-MM-DD'), to_timestamp(0), to_number('12,454.8-', '99G999D9S'), born + 7, born - interval '1 month' FROM all_types",
        "SELECT at_tz AT TIME ZONE 'UTC', timezone('Europe/Berlin', at_tz), date_bin('15 minutes', at_local, timestamp '2001-01-01'), (born, born + 1) OVERLAPS (born, born + 2) FROM all_types",
        "SELECT date_trunc('month', d)::date, count(*) FROM generate_series(date '2024-01-01', date '2024-03-31', interval '1 day') AS d GROUP BY 1 ORDER BY 1",
        "SELECT born BETWEEN '2024-01-01' AND '2024-12-31', extract(quarter FROM born), current_date - born FROM all_types",
    ],
    "json": [
        "SELECT doc -> 'k', doc ->> 'k', doc #> '{k,0}', doc #>> '{k,1}', doc @> '{\"k\": [1]}', doc ? 'k', raw -> 'x' FROM all_types",
        "SELECT to_json(label), to_jsonb(nums), row_to_json(a), array_to_json(tags), json_build_object('a', 1), jsonb_build_object('b', id), json_build_array(1, 2), jsonb_build_array(id) FROM all_types a",
        "SELECT jsonb_array_length(doc -> 'k'), jsonb_typeof(doc), jsonb_extract_path(doc, 'k'), jsonb_extract_path_text(doc, 'k'), jsonb_strip_nulls(doc), jsonb_pretty(doc), jsonb_set(doc, '{z}', '1') FROM all_types",
        "SELECT key, value FROM all_types, jsonb_each(doc)",
        "SELECT e FROM all_types, jsonb_array_elements(doc -> 'k') AS e",
        "SELECT k FROM all_types, jsonb_object_keys(doc) AS k",
        "SELECT jsonb_path_query_array(doc, '$.k[*]'), jsonb_path_exists(doc, '$.k') FROM all_types",
        "SELECT * FROM jsonb_to_recordset('[{\"a\": 1, \"b\": \"x\"}]') AS r(a int, b text)",
    ],
    "array": [
        "SELECT array_length(nums, 1), cardinality(tags), array_append(nums, 4), array_prepend(0, nums), array_cat(nums, nums), array_remove(nums, 2), array_position(tags, 'a'), nums[1], nums[1:2] FROM all_types",
        "SELECT 2 = ANY(nums), 5 = ALL(nums), nums && ARRAY[1], nums @> ARRAY[2], ARRAY[1, 2] || 3, array_lower(nums, 1), array_upper(nums, 1) FROM all_types",
        "SELECT unnest(nums) FROM all_types",
        "SELECT t, n FROM all_types, unnest(tags, nums) AS u(t, n)",
    ],
    "conditional": [
        "SELECT coalesce(email, name), nullif(name, 'Ada'), greatest(1, id, 3), least(id, 2), CASE WHEN id > 1 THEN 'many' ELSE 'one' END, CASE id WHEN 1 THEN 'a' ELSE 'b' END FROM customers",
        "SELECT num_nulls(email, name), num_nonnulls(email, name), email IS NULL, email IS NOT DISTINCT FROM NULL, id IN (1, 2), id NOT IN (SELECT customer_id FROM items WHERE customer_id IS NOT NULL) FROM customers",
        "SELECT EXISTS (SELECT 1 FROM items WHERE items.customer_id = c.id) FROM customers c",
    ],
    "type cast": [
        "SELECT id::text, CAST(id AS bigint), id::numeric(10, 2), '2024-01-01'::date, '1 day'::interval, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid, '{}'::jsonb, 1::boolean FROM items",
        "SELECT date '2024-01-01', timestamp '2024-01-01 10:00', interval '2 hours', int4(id), text(id), int8(id), date('2024-02-01'), float8(id) FROM items",
        "SELECT '[1,5)'::int4range @> 3, int4range(1, 5), daterange('2024-01-01', '2024-02-01'), lower(int4range(1, 5)), upper(numrange(1, 2)), isempty(int4range(1, 1))",
    ],
    "set-returning": [
        "SELECT g, g * 2 FROM generate_series(1, 5) AS g",
        "SELECT generate_subscripts(nums, 1) FROM all_types",
        "SELECT x.n FROM (VALUES (1), (2)) AS x(n) CROSS JOIN LATERAL (SELECT x.n * 10 AS m) y",
    ],
    "text search": [
        "SELECT to_tsvector('english', name) @@ to_tsquery('english', 'pen'), plainto_tsquery('simple', 'a b'), websearch_to_tsquery('english', 'pen -ink') FROM items",
        "SELECT ts_rank(to_tsvector(name), plainto_tsquery('pen')), ts_headline('english', name, to_tsquery('pen')) FROM items",
    ],
    "range/network/uuid": [
        "SELECT gen_random_uuid() IS NOT NULL, host('192.168.1.5/24'::inet), masklen('10.0.0.0/8'::cidr), network('192.168.1.5/24'::inet), family('::1'::inet)",
    ],
    "session/catalog": [
        "SELECT current_user, session_user, current_database(), current_schema(), version(), pg_typeof(1), format_type(23, NULL)",
        "SELECT current_setting('TimeZone'), current_setting('server_version_num'), current_setting('is_superuser')",
        "SELECT relname, pg_size_pretty(pg_total_relation_size(c.oid)), obj_description(c.oid, 'pg_class') FROM pg_catalog.pg_class c WHERE relnamespace = 'public'::regnamespace",
        "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position",
        "SELECT to_regclass('public.items') IS NOT NULL, has_table_privilege('items', 'SELECT'), pg_catalog.lower('X')",
    ],
}

# Report-style queries as the NL->SQL engine and analysts write them.
ANALYTICS = [
    "WITH monthly AS (SELECT date_trunc('month', born) AS m, count(*) AS n FROM all_types GROUP BY 1) "
    "SELECT m, n, sum(n) OVER (ORDER BY m) AS running, lag(n) OVER (ORDER BY m) AS previous FROM monthly ORDER BY m",
    "SELECT c.name, count(i.id) AS items, round(100.0 * count(i.id) / sum(count(i.id)) OVER (), 1) AS share "
    "FROM customers c LEFT JOIN items i ON i.customer_id = c.id GROUP BY c.name ORDER BY items DESC, c.name",
    "SELECT coalesce(c.name, '(none)') AS customer, string_agg(i.name, ', ' ORDER BY i.name) AS bought "
    "FROM items i LEFT JOIN customers c ON c.id = i.customer_id GROUP BY 1 ORDER BY 1",
    "SELECT * FROM (SELECT i.*, row_number() OVER (PARTITION BY customer_id ORDER BY id DESC) AS rn FROM items i) t WHERE rn = 1",
    "SELECT extract(year FROM born)::int AS y, to_char(born, 'Mon') AS mon, count(*) FROM all_types GROUP BY 1, 2",
    "SELECT CASE WHEN id <= 2 THEN 'low' WHEN id <= 4 THEN 'mid' ELSE 'high' END AS band, count(*) FROM items GROUP BY band ORDER BY band",
    "SELECT name FROM customers WHERE email IS NOT NULL AND lower(email) LIKE '%@example.com' ORDER BY name LIMIT 10 OFFSET 0",
    "SELECT customer_id, count(*) AS n FROM items WHERE customer_id IS NOT NULL GROUP BY customer_id HAVING count(*) >= 1 ORDER BY n DESC NULLS LAST",
    "SELECT name FROM items INTERSECT SELECT name FROM items EXCEPT SELECT 'desk'",
    "SELECT DISTINCT ON (customer_id) customer_id, name FROM items ORDER BY customer_id, id",
    "SELECT a.id, b.id FROM items a JOIN items b USING (customer_id) WHERE a.id < b.id",
    "SELECT id FROM items WHERE name = ANY (ARRAY['pen', 'ink']) AND id BETWEEN 1 AND 10",
    "SELECT avg(x) FROM (SELECT id::float AS x FROM items) s",
    "SELECT date_trunc('day', at_tz AT TIME ZONE 'UTC')::date AS day, sum(ratio) FROM all_types GROUP BY 1",
    "SELECT count(*) FILTER (WHERE flag) * 1.0 / nullif(count(*), 0) AS rate FROM all_types",
    "select i.name as item, c.name as customer from items as i inner join customers as c on c.id = i.customer_id where c.name in ('Ada', 'Grace') order by 1",
]
