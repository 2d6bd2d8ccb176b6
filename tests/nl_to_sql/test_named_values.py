"""Values a question names that no sample holds (titles, names: more distinct values than a
category has): the phrases looked up, the lookup query, and the running service answering "How
many screenings of Silent Harbour are there?" over a real database through the executor."""
from __future__ import annotations

import psycopg2
import pytest

from contracts.errors import ErrorCode
from services.nl_to_sql.app import running_nl_to_sql
from services.nl_to_sql.named_values import MAX_LOOKUPS, lookup_sql, named_hints, phrases
from services.nl_to_sql.schema import Column, Table
from tests.nl_to_sql.conftest import register_as_reader
from tests.nl_to_sql.test_service import ask, settings_for


@pytest.mark.parametrize("question,expected", [
    ("Who directed Silent River?", ["Silent River"]),
    ("How many times has The Silent Garden been borrowed?", ["The Silent Garden", "Silent Garden"]),
    ("Names of the tracks on the album Live 11", ["Live 11"]),          # a number continues a name
    ("Members who borrowed The Golden Kingdom", ["The Golden Kingdom", "Golden Kingdom"]),   # no lone first word
    ("List the orders of 'acme corp' and \"Big Co\"", ["acme corp", "Big Co"]),          # quoted, any case
    ("What is Ann's salary?", ["Ann"]),
    ("Which customers are from Berlin?", []),                           # a sampled value is known already
    ("how many orders were placed in 2024?", []),
    ("Orders of 'x\\'' or 1=1' and 'ok'", [" or 1=1", "ok"]),          # no backslash reaches SQL
])
def test_the_phrases_looked_up_are_names_and_quoted_strings(question, expected):
    assert phrases(question, known={"berlin"}) == expected


def test_the_lookup_compares_whole_values_case_blind_and_quotes_what_the_question_says():
    films = Table("public", "films", columns=(Column("id", "integer"), Column("title", "text")))
    sql = lookup_sql([(films, ["title"])], ["O'Brien; DROP TABLE films --"])
    assert "lower('O''Brien; DROP TABLE films --')" in sql and 'FROM "public"."films"' in sql
    assert "LIMIT 1" in sql
    many = lookup_sql([(films, ["title"] * 20)], ["a", "b", "c"])
    assert many.count("UNION ALL") == MAX_LOOKUPS - 1
    assert lookup_sql([(films, [])], ["Silent River"]) is None
    assert named_hints([("films", "title", "Silent River"), ("films", "title", "Silent River")]) == \
        {("films", "title"): ["Silent River"]}


async def test_the_service_finds_a_title_no_sample_holds(amqp_url, executor, rpc, tap, data_dir, make_database):
    """80 film titles are too many to sample; the question's title is looked up and answered, a
    name the database does not hold is still refused, and no other title reaches an event."""
    name, dsn = make_database("qc_nl_named")
    conn = psycopg2.connect(dsn)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("CREATE TABLE films (film_id int PRIMARY KEY, title text NOT NULL);"
                    "INSERT INTO films SELECT g, (ARRAY['Silent','Golden','Broken','Hidden'])[1 + g % 4] || ' ' ||"
                    " (ARRAY['Harbour','River','Empire','Garden','Kingdom'])[1 + (g / 4) % 5] || ' ' || g"
                    " FROM generate_series(1, 80) g;"
                    "UPDATE films SET title = 'Silent Harbour' WHERE film_id = 7;"
                    "CREATE TABLE screenings (screening_id int PRIMARY KEY, film_id int REFERENCES films, room text);"
                    "INSERT INTO screenings SELECT g, 1 + g % 80, 'Room ' || (g % 3) FROM generate_series(1, 400) g")
        cur.execute("SELECT count(*) FROM screenings WHERE film_id = 7")
        expected = cur.fetchone()[0]
    conn.close()
    database_id = await register_as_reader(rpc, name, dsn, "named")
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings_for("offline")):
        result, error, events = await ask(rpc, tap, "How many screenings of Silent Harbour are there?",
                                          database_id=database_id)
        _, unknown, _ = await ask(rpc, tap, "How many screenings of Velvet Lagoon are there?", database_id=database_id)
    assert error is None, error
    assert "'Silent Harbour'" in result["sql"]
    conn = psycopg2.connect(dsn)
    with conn.cursor() as cur:
        cur.execute(result["sql"])
        assert cur.fetchall() == [(expected,)]
    conn.close()
    assert unknown is not None and unknown.code is ErrorCode.CANNOT_ANSWER
    assert "Golden River" not in str([e.data for e in events])
