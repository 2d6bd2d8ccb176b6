"""The demo customer database: a small shop with stores, staff, customers, a product catalogue and
two years of orders. Deterministic (fixed seed, fixed dates) and idempotent: seeding a database
that already holds the demo data changes nothing.

    python -m services.demo.seed postgresql://postgres@127.0.0.1:5432/demo
"""
from __future__ import annotations

import asyncio
import random
import sys
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import aiopg

SCHEMA_SQL = """
CREATE TABLE categories (
    id          integer PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    description text
);
COMMENT ON TABLE categories IS 'Product categories of the shop catalogue';
COMMENT ON COLUMN categories.name IS 'Category name shown in the shop, e.g. Books';

CREATE TABLE products (
    id             integer PRIMARY KEY,
    name           text NOT NULL,
    category_id    integer NOT NULL REFERENCES categories(id),
    unit_price     numeric(10,2) NOT NULL,
    units_in_stock integer NOT NULL,
    discontinued   boolean NOT NULL DEFAULT false,
    created_at     date NOT NULL
);
COMMENT ON TABLE products IS 'Items for sale in the catalogue, with list price and stock level';
COMMENT ON COLUMN products.unit_price IS 'Current list price per unit in EUR';
COMMENT ON COLUMN products.units_in_stock IS 'Units currently in the warehouse (inventory)';
COMMENT ON COLUMN products.discontinued IS 'No longer sold';

CREATE TABLE stores (
    id        integer PRIMARY KEY,
    name      text NOT NULL,
    city      text NOT NULL,
    country   text NOT NULL,
    opened_on date NOT NULL
);
COMMENT ON TABLE stores IS 'Physical shops (branches) where orders are placed';

CREATE TABLE employees (
    id         integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name  text NOT NULL,
    title      text NOT NULL,
    store_id   integer NOT NULL REFERENCES stores(id),
    hire_date  date NOT NULL,
    salary     numeric(10,2) NOT NULL
);
COMMENT ON TABLE employees IS 'Staff working in the stores (sales people and managers)';
COMMENT ON COLUMN employees.salary IS 'Yearly gross salary in EUR';

CREATE TABLE customers (
    id           integer PRIMARY KEY,
    first_name   text NOT NULL,
    last_name    text NOT NULL,
    email        text NOT NULL UNIQUE,
    city         text NOT NULL,
    country      text NOT NULL,
    loyalty_tier text NOT NULL,
    signup_date  date NOT NULL
);
COMMENT ON TABLE customers IS 'People who buy in the shop (clients, buyers)';
COMMENT ON COLUMN customers.loyalty_tier IS 'bronze, silver or gold';
COMMENT ON COLUMN customers.signup_date IS 'Day the customer registered';

CREATE TABLE orders (
    id          integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers(id),
    store_id    integer NOT NULL REFERENCES stores(id),
    employee_id integer NOT NULL REFERENCES employees(id),
    order_date  date NOT NULL,
    status      text NOT NULL
);
COMMENT ON TABLE orders IS 'Purchases (sales) placed by customers in a store, served by an employee';
COMMENT ON COLUMN orders.status IS 'pending, shipped, delivered or cancelled';

CREATE TABLE order_items (
    id         integer PRIMARY KEY,
    order_id   integer NOT NULL REFERENCES orders(id),
    product_id integer NOT NULL REFERENCES products(id),
    quantity   integer NOT NULL,
    unit_price numeric(10,2) NOT NULL
);
COMMENT ON TABLE order_items IS 'Order lines: which products, how many and at what price (revenue = quantity * unit_price)';
COMMENT ON COLUMN order_items.unit_price IS 'Price per unit charged on this order';

CREATE INDEX ON orders (customer_id);
CREATE INDEX ON orders (order_date);
CREATE INDEX ON order_items (order_id);
CREATE INDEX ON order_items (product_id);
"""

CATEGORIES = [
    ("Books", "Printed books and e-books"),
    ("Electronics", "Phones, laptops and accessories"),
    ("Garden", "Tools and plants for the garden"),
    ("Toys", "Games and toys for children"),
    ("Kitchen", "Cookware and small appliances"),
    ("Sports", "Sports gear and clothing"),
]
PRODUCT_WORDS = {
    "Books": (["Mystery", "Cookbook", "Atlas", "Novel", "Poetry", "Biography"], ["Vol. 1", "Vol. 2", "Deluxe", "Pocket"]),
    "Electronics": (["Phone", "Laptop", "Headphones", "Charger", "Tablet", "Camera"], ["Pro", "Mini", "Max", "Lite"]),
    "Garden": (["Rake", "Shovel", "Hose", "Planter", "Seeds", "Gloves"], ["Classic", "XL", "Eco", "Compact"]),
    "Toys": (["Puzzle", "Robot", "Doll", "Kite", "Blocks", "Train"], ["Junior", "Deluxe", "Classic", "Mega"]),
    "Kitchen": (["Pan", "Kettle", "Knife", "Blender", "Toaster", "Pot"], ["Steel", "Pro", "Mini", "Family"]),
    "Sports": (["Ball", "Racket", "Shoes", "Jersey", "Bottle", "Mat"], ["Pro", "Lite", "Kids", "Team"]),
}
PRICE_RANGE = {"Books": (8, 40), "Electronics": (20, 1500), "Garden": (5, 120), "Toys": (5, 90),
               "Kitchen": (10, 300), "Sports": (8, 200)}
STORES = [
    ("Berlin Mitte", "Berlin", "Germany", date(2019, 3, 1)),
    ("Hamburg Hafen", "Hamburg", "Germany", date(2020, 5, 15)),
    ("Paris Opera", "Paris", "France", date(2018, 9, 1)),
    ("Lyon Centre", "Lyon", "France", date(2021, 2, 1)),
    ("Madrid Sol", "Madrid", "Spain", date(2022, 6, 1)),
    ("Vienna Ring", "Vienna", "Austria", date(2023, 4, 1)),
]
CITIES = [("Berlin", "Germany"), ("Hamburg", "Germany"), ("Munich", "Germany"), ("Paris", "France"),
          ("Lyon", "France"), ("Madrid", "Spain"), ("Barcelona", "Spain"), ("Vienna", "Austria"),
          ("Rome", "Italy"), ("Milan", "Italy")]
FIRST_NAMES = ["Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hugo", "Ines", "Jonas",
               "Karla", "Leon", "Mia", "Noah", "Olga", "Paul", "Rosa", "Sven", "Tara", "Umut",
               "Vera", "Willi", "Yara", "Zoe"]
LAST_NAMES = ["Schmidt", "Martin", "Garcia", "Rossi", "Muller", "Bernard", "Lopez", "Bianchi",
              "Weber", "Dubois", "Fernandez", "Ricci", "Wagner", "Moreau", "Gruber", "Fischer"]
TITLES = ["Sales Associate", "Sales Associate", "Sales Associate", "Cashier", "Store Manager"]
TIERS = ["bronze", "bronze", "bronze", "silver", "silver", "gold"]
STATUSES = ["delivered"] * 6 + ["shipped"] * 2 + ["pending", "cancelled"]

N_CUSTOMERS = 600
N_ORDERS = 2400
FIRST_ORDER_DAY = date(2024, 1, 1)
ORDER_DAYS = 731  # 2024-01-01 .. 2025-12-31


def _day(rng: random.Random, start: date, days: int) -> date:
    return start + timedelta(days=rng.randrange(days))


def demo_rows() -> dict[str, list[tuple]]:
    """Every row of the demo database, generated from a fixed seed."""
    rng = random.Random(20261125)
    rows: dict[str, list[tuple]] = {}
    rows["categories"] = [(i, name, desc) for i, (name, desc) in enumerate(CATEGORIES, start=1)]

    products: list[tuple[Any, ...]] = []
    for cat_id, (cat, _) in enumerate(CATEGORIES, start=1):
        nouns, variants = PRODUCT_WORDS[cat]
        low, high = PRICE_RANGE[cat]
        for noun in nouns:
            for variant in variants:
                pid = len(products) + 1
                price = Decimal(rng.randrange(low * 100, high * 100)) / 100
                products.append((pid, f"{noun} {variant}", cat_id, price, rng.randrange(0, 500),
                                 rng.random() < 0.08, _day(rng, date(2022, 1, 1), 700)))
    rows["products"] = products

    rows["stores"] = [(i, *store) for i, store in enumerate(STORES, start=1)]

    employees: list[tuple[Any, ...]] = []
    for store_id in range(1, len(STORES) + 1):
        for n in range(5):
            title = "Store Manager" if n == 0 else rng.choice(TITLES[:-1])
            salary = Decimal(rng.randrange(32000, 52000) + (25000 if n == 0 else 0))
            employees.append((len(employees) + 1, rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES), title,
                              store_id, _day(rng, date(2018, 1, 1), 2500), salary))
    rows["employees"] = employees

    customers = []
    for cid in range(1, N_CUSTOMERS + 1):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        city, country = rng.choice(CITIES)
        customers.append((cid, first, last, f"{first.lower()}.{last.lower()}{cid}@example.com", city,
                          country, rng.choice(TIERS), _day(rng, date(2022, 1, 1), 1400)))
    rows["customers"] = customers

    orders: list[tuple[Any, ...]] = []
    items: list[tuple[Any, ...]] = []
    staff_by_store = {s: [e[0] for e in employees if e[4] == s] for s in range(1, len(STORES) + 1)}
    for oid in range(1, N_ORDERS + 1):
        store_id = rng.randrange(1, len(STORES) + 1)
        orders.append((oid, rng.randrange(1, N_CUSTOMERS + 1), store_id,
                       rng.choice(staff_by_store[store_id]), _day(rng, FIRST_ORDER_DAY, ORDER_DAYS),
                       rng.choice(STATUSES)))
        for product in rng.sample(products, rng.randrange(1, 5)):
            items.append((len(items) + 1, oid, product[0], rng.randrange(1, 6), product[3]))
    rows["orders"] = orders
    rows["order_items"] = items
    return rows


TABLE_ORDER = ("categories", "products", "stores", "employees", "customers", "orders", "order_items")
_LOCK_ID = 0x71C0_0DE0


async def seed_demo(dsn: str) -> bool:
    """Create and fill the demo tables unless they are already there. Returns True if it seeded."""
    async with aiopg.connect(dsn) as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT pg_advisory_lock(%s)", (_LOCK_ID,))
            try:
                await cur.execute("SELECT to_regclass('public.order_items') IS NOT NULL")
                if (await cur.fetchone())[0]:
                    return False
                await cur.execute("BEGIN")
                try:
                    await cur.execute(SCHEMA_SQL)
                    for table, rows in demo_rows().items():
                        await _insert(cur, table, rows)
                    await cur.execute("COMMIT")
                except BaseException:
                    await cur.execute("ROLLBACK")
                    raise
                return True
            finally:
                await cur.execute("SELECT pg_advisory_unlock(%s)", (_LOCK_ID,))


async def ensure_reader_role(dsn: str, role: str, password: str) -> None:
    """Create (or bring up to date) the read-only role querycast serves the demo database as:
    CONNECT, USAGE on the schema, SELECT on the tables, nothing else. `dsn` must be able to
    create roles (it seeded the database)."""
    from services.executor.privileges import reader_role_sql

    async with aiopg.connect(dsn) as conn, conn.cursor() as cur:
        await cur.execute("SELECT pg_advisory_lock(%s)", (_LOCK_ID,))  # one bootstrap at a time
        try:
            await cur.execute("SELECT current_database(), EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %s)",
                              (role,))
            database, exists = await cur.fetchone()
            for statement in reader_role_sql(database, role, password=password, create=not exists):
                await cur.execute(statement)
        finally:
            await cur.execute("SELECT pg_advisory_unlock(%s)", (_LOCK_ID,))


async def _insert(cur, table: str, rows: list[tuple], batch: int = 1000) -> None:
    width = len(rows[0])
    placeholder = "(" + ",".join(["%s"] * width) + ")"
    for start in range(0, len(rows), batch):
        chunk = rows[start:start + batch]
        values = ",".join(cur.mogrify(placeholder, row).decode() for row in chunk)
        await cur.execute(f"INSERT INTO {table} VALUES {values}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m services.demo.seed <postgresql-dsn>", file=sys.stderr)
        return 2
    seeded = asyncio.run(seed_demo(argv[0]))
    print("demo database seeded" if seeded else "demo database already seeded")
    return 0


if __name__ == "__main__":
    sys.exit(main())
