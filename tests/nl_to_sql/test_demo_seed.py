"""The demo database other parts (run command, browser test) rely on."""
import psycopg2

from services.demo.seed import seed_demo


async def test_seed_is_idempotent_and_deterministic(make_database):
    _, dsn = make_database("qc_demo")
    assert await seed_demo(dsn) is True
    assert await seed_demo(dsn) is False  # second run changes nothing
    conn = psycopg2.connect(dsn)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM orders")
            assert cur.fetchone()[0] == 2400
            cur.execute("SELECT count(*) FROM order_items")
            assert cur.fetchone()[0] > 4000
            cur.execute("""SELECT count(*) FROM information_schema.table_constraints
                           WHERE constraint_type = 'FOREIGN KEY' AND table_schema = 'public'""")
            assert cur.fetchone()[0] >= 6
            cur.execute("SELECT obj_description('public.orders'::regclass)")
            assert "customers" in cur.fetchone()[0]
            # Deterministic: a fixed figure every run and on every machine.
            cur.execute("SELECT sum(quantity * unit_price) FROM order_items WHERE order_id <= 10")
            first = cur.fetchone()[0]
    finally:
        conn.close()
    _, other = make_database("qc_demo")
    await seed_demo(other)
    conn = psycopg2.connect(other)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT sum(quantity * unit_price) FROM order_items WHERE order_id <= 10")
            assert cur.fetchone()[0] == first
    finally:
        conn.close()
