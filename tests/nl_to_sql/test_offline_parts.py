"""The offline engine's pure parts on small hand-built schemas: normalisation, schema and value
linking, join planning over inferred (undeclared) keys, SQL rendering, and refusal messages."""
from __future__ import annotations

import pytest
import sqlglot

from contracts.errors import ErrorCode, ServiceError
from services.nl_to_sql.offline.engine import generate
from services.nl_to_sql.offline.linking import Lexicon
from services.nl_to_sql.offline.normalise import root, tokenize
from services.nl_to_sql.offline.planner import Planner
from services.nl_to_sql.offline.render import ident, table_ref
from services.nl_to_sql.offline.valuelink import ValueIndex
from services.nl_to_sql.offline.valuenames import comment_codes, value_names
from services.nl_to_sql.schema import Schema


def _schema(tables: list[dict], db: str = "t") -> Schema:
    return Schema.from_introspection({"databaseId": db, "tables": tables})


def _t(name, cols, schema="public", pk=()):
    return {"schema": schema, "name": name, "primaryKey": list(pk),
            "columns": [{"name": c, "type": t, "nullable": True} for c, t in cols]}


LEDGER = _schema([
    _t("lgCustomer", [("lgCustomerId", "integer"), ("lgCustomerName", "text"), ("lgCity", "text")], "fin",
       ["lgCustomerId"]),
    _t("lgInvoice", [("lgInvoiceId", "integer"), ("lgInvCustomerId", "integer"), ("lgInvAmount", "numeric"),
                     ("lgInvStatus", "text"), ("lgInvDueOn", "date")], "fin", ["lgInvoiceId"]),
])
UNI = _schema([
    _t("student", [("student_id", "integer"), ("name", "text"), ("tot_cred", "integer")]),
    _t("course", [("course_id", "text"), ("title", "text"), ("credits", "integer")]),
    _t("takes", [("student_id", "integer"), ("course_id", "text"), ("grade", "text")]),
])
FLIGHTS = _schema([
    _t("airports", [("code", "char(3)"), ("name", "text")]),
    _t("flights", [("flight_no", "text"), ("origin", "char(3)"), ("destination", "char(3)")]),
])


def test_tokens_fold_plurals_verbs_and_number_words():
    tokens = tokenize("Top five customers who booked 'Berlin Mitte' since 2024-01-01")
    assert [t.kind for t in tokens] == ["word", "number", "word", "word", "word", "value", "word", "date"]
    assert tokens[1].text == "5" and tokens[5].text == "Berlin Mitte"
    assert root("bookings") == root("booked") == "book"
    assert root("children") == "child" and root("took") == "take"


def test_linking_strips_prefixes_and_expands_abbreviations():
    lex = Lexicon(LEDGER)
    mentions = lex.find(tokenize("invoice amount of customers"))
    assert mentions[0].columns == [("fin.lgInvoice", "lgInvAmount")]
    assert mentions[1].tables == ["fin.lgCustomer"]
    assert lex.labels("fin.lgCustomer") == ["lgCustomerName"]
    assert lex.identity("fin.lgCustomer") == ["lgCustomerId", "lgCustomerName"]
    uni = Lexicon(UNI)
    assert uni.find(tokenize("total credits"))[0].columns == [("student", "tot_cred")]


def test_a_row_shows_its_code_beside_its_name():
    lines = Lexicon(_schema([
        _t("lines", [("line_id", "integer"), ("line_code", "text"), ("line_name", "text"), ("colour", "text")],
           "transit", ["line_id"]),
        _t("depots", [("depot_id", "integer"), ("depot_name", "text"), ("district", "text")], "transit",
           ["depot_id"]),
    ]))
    assert lines.identity("transit.lines") == ["line_id", "line_name", "line_code"]
    assert lines.identity("transit.depots") == ["depot_id", "depot_name"]     # no code: the name alone


def test_value_linking_matches_multi_word_and_plural_values():
    index = ValueIndex({("course", "title"): ["Database System Concepts", "Robotics"],
                        ("takes", "grade"): ["A", "B"]}, {"course", "takes"})
    found = index.find(tokenize("students who took Database System Concepts or robotics"))
    assert [(m.start, m.end, m.values[0][2]) for m in found] == [(3, 6, "Database System Concepts"),
                                                                  (7, 8, "Robotics")]


def test_planner_joins_through_undeclared_keys_and_marks_fan_out():
    planner = Planner(UNI, {}, set())
    plan = planner.plan("student", ["course"])
    assert plan.tables() == ["student", "takes", "course"]
    assert [s.fans_out for s in plan.steps] == [True, False]


def test_two_ways_between_tables_need_a_word_that_names_one():
    hints = {("airports", "code"): ["BER", "CDG", "FRA"], ("flights", "origin"): ["BER", "CDG"],
             ("flights", "destination"): ["FRA", "BER"]}
    with pytest.raises(ServiceError) as err:
        Planner(FLIGHTS, hints, set()).plan("flights", ["airports"])
    assert "more than one way" in err.value.body.message and "flights.origin" in err.value.body.message
    plan = Planner(FLIGHTS, hints, {"origin"}).plan("flights", ["airports"])
    assert plan.steps[0].edge.left_columns == ("origin",)


def test_from_and_to_pick_the_direction_column():
    hints = {("airports", "code"): ["BER", "CDG", "JFK"], ("airports", "name"): ["Berlin", "Paris", "New York"],
             ("flights", "origin"): ["BER", "CDG"], ("flights", "destination"): ["JFK", "BER"]}
    to_jfk = generate("Which flights go to JFK?", FLIGHTS, value_hints=hints).sql
    assert "destination = 'JFK'" in to_jfk
    from_berlin = generate("Flights from Berlin", FLIGHTS, value_hints=hints).sql
    assert "f.origin = a.code" in from_berlin and "'Berlin'" in from_berlin
    with pytest.raises(ServiceError):
        generate("Flights with airport Berlin", FLIGHTS, value_hints=hints)


def test_rendering_quotes_what_needs_quoting():
    assert ident("lgInvAmount") == '"lgInvAmount"' and ident("order") == '"order"' and ident("city") == "city"
    assert table_ref("fin.lgInvoice") == 'fin."lgInvoice"'
    sql = generate("Total invoice amount per customer", LEDGER).sql
    parsed = sqlglot.parse_one(sql, read="postgres")
    assert {t.name for t in parsed.find_all(sqlglot.exp.Table)} == {"lgInvoice", "lgCustomer"}
    assert 'JOIN fin."lgCustomer"' in sql and '"lgInvCustomerId"' in sql


def test_which_returns_the_label_and_key_with_the_figure():
    sql = generate("Which customer has the highest total invoice amount?", LEDGER).sql
    assert '"lgCustomerId"' in sql.split("FROM")[0] and '"lgCustomerName"' in sql.split("FROM")[0]
    assert "LIMIT 1" in sql


@pytest.mark.parametrize("question,names", [
    ("What are the names and areas of the customers?", ["areas"]),
    ("Which customers are likely to churn?", ["likely", "churn"]),
    ("Invoices of customers in Atlantis", ["Atlantis"]),
])
def test_refusals_name_the_words_not_understood_and_suggest_schema_terms(question, names):
    with pytest.raises(ServiceError) as err:
        generate(question, LEDGER, value_hints={("fin.lgCustomer", "lgCity"): ["Berlin", "Paris"]})
    body = err.value.body
    assert err.value.code is ErrorCode.CANNOT_ANSWER
    assert all(n in body.message for n in names), body.message
    assert "customer" in body.suggestion and "None" not in body.message + body.suggestion


GEO = _schema([
    _t("lake", [("lake_name", "text"), ("area", "double precision"), ("state_name", "text")]),
    _t("state", [("state_name", "text"), ("population", "integer"), ("area", "double precision")]),
])


def test_every_named_column_is_shown_or_the_question_is_refused():
    """The issue's wrong-but-confident example: "names and areas" must show both, never only area."""
    hints = {("lake", "state_name"): ["Michigan", "Ohio"], ("state", "state_name"): ["Michigan", "Ohio"]}
    sql = generate("What are the names and areas of the lakes in Michigan?", GEO, value_hints=hints).sql
    select = sql.split("FROM")[0]
    assert '"lake_name"' in select or "lake_name" in select
    assert "area" in select and "state_name = 'Michigan'" in sql
    with pytest.raises(ServiceError) as err:
        generate("What are the names and depths of the lakes in Michigan?", GEO, value_hints=hints)
    assert "'depths'" in err.value.body.message


HR = _schema([{**_t("employees", [("employee_id", "integer"), ("first_name", "text"), ("last_name", "text"),
                                   ("manager_id", "integer"), ("salary", "numeric")], pk=["employee_id"]),
                "foreignKeys": [{"columns": ["manager_id"], "refTable": "employees", "refColumns": ["employee_id"]}]}])


@pytest.mark.parametrize("question", ["Which manager has the most employees?", "Employees whose manager is Steven",
                                      "Managers and their employees"])
def test_questions_needing_a_self_join_are_refused(question):
    hints = {("employees", "first_name"): ["Steven", "Neena"], ("employees", "last_name"): ["King", "Kochhar"]}
    with pytest.raises(ServiceError) as err:
        generate(question, HR, value_hints=hints)
    assert err.value.code is ErrorCode.CANNOT_ANSWER and "manager" in err.value.body.message


def test_the_enterprise_schema_reads_table_qualified_columns_and_table_names_with_shape_words():
    from tests.nl_to_sql.big_schema import enterprise_schema

    schema = enterprise_schema("parts", tables=113)
    sql = generate("Total invoice amount per customer", schema.subset(["invoices", "customers"]), schema).sql
    assert "sum(i.amount)" in sql and "GROUP BY c.id" in sql
    sql = generate("Employees per office city", schema.subset(["employees", "departments", "offices"]), schema).sql
    assert "GROUP BY o.city" in sql and "JOIN departments" in sql


STAFF = _schema([
    _t("departments", [("department_id", "integer"), ("department_name", "text")], pk=["department_id"]),
    {**_t("employees", [("employee_id", "integer"), ("first_name", "text"), ("last_name", "text"),
                        ("hire_date", "date"), ("salary", "numeric"), ("commission_pct", "numeric"),
                        ("department_id", "integer")], pk=["employee_id"]),
     "foreignKeys": [{"columns": ["department_id"], "refTable": "departments", "refColumns": ["department_id"]}]},
])


@pytest.mark.parametrize("question,has,lacks", [
    ("Name and salary of the highest paid employee", ["e.first_name", "e.last_name", "e.salary DESC", "LIMIT 1"],
     ["department_name"]),
    ("Which employee was hired most recently?", ["e.hire_date DESC", "LIMIT 1"], []),
    ("Which employees have no commission?", ["e.commission_pct IS NULL"], []),
    ("List employees and their departments", ["d.department_name", "JOIN departments"], []),
])
def test_people_questions(question, has, lacks):
    sql = generate(question, STAFF).sql
    assert all(h in sql for h in has) and not any(x in sql for x in lacks), sql


def test_a_comment_spells_out_its_columns_codes():
    assert comment_codes("R (right-handed), L (left-handed) or U (unknown)") == [
        ("R", "right-handed"), ("L", "left-handed"), ("U", "unknown")]
    assert comment_codes("'A' = active, 'S' = suspended; C: closed") == [
        ("A", "active"), ("S", "suspended"), ("C", "closed")]
    assert comment_codes("amount in euros (gross)") == []       # no code before the parentheses


PEOPLE = _schema([
    {"schema": "public", "name": "people", "primaryKey": ["id"],
     "columns": [{"name": "id", "type": "integer"}, {"name": "hand", "type": "text", "comment": "L (left-handed), R"},
                 {"name": "country_code", "type": "text"}, {"name": "airport", "type": "text"}]},
    {"schema": "public", "name": "languages", "primaryKey": [],
     "columns": [{"name": "language", "type": "text"}, {"name": "homeland", "type": "text"}]},
])


def test_stored_values_are_found_by_their_other_names():
    hints = {("people", "hand"): ["L", "R"], ("people", "country_code"): ["ES", "FR", "DE"],
             ("people", "airport"): ["FRA", "LAX", "JFK"], ("languages", "language"): ["French", "German"],
             ("languages", "homeland"): ["France", "Germany", "Spain"]}
    names = value_names(PEOPLE, hints, set(PEOPLE.tables), [])
    assert names[("people", "hand", "L")] == ["left-handed"]
    assert "Spain" in names[("people", "country_code", "ES")] and "Spanish" in names[("people", "country_code", "ES")]
    assert not any(column == "airport" for _, column, _ in names)      # codes, but not all countries'
    # a demonym the schema stores as a value of its own ('French' the language) is that value only
    assert "French" not in names[("languages", "homeland", "France")]
    assert names[("languages", "homeland", "Spain")] == ["Spanish"]
    index = ValueIndex(hints, set(PEOPLE.tables), names)
    found = index.find(tokenize("left-handed people from Spain who speak French"))
    assert [sorted(m.values) for m in found] == [
        [("people", "hand", "L")],
        [("languages", "homeland", "Spain"), ("people", "country_code", "ES")],
        [("languages", "language", "French")]]
    # a stored value spelled out wins over another name of one in the same table
    both = ValueIndex({("people", "country_code"): ["Spain", "ES"]}, {"people"},
                      {("people", "country_code", "ES"): ["Spain"]})
    assert [m.values for m in both.find(tokenize("from Spain"))] == [[("people", "country_code", "Spain")]]


def test_a_periodic_adjective_is_a_time_bucket_unless_a_column_starts_with_it():
    plans = _schema([_t("subscriptions", [("subscription_id", "integer"), ("started_on", "date"),
                                          ("monthly_fee", "numeric")], pk=["subscription_id"])])
    assert "date_trunc('week', s.started_on)" in generate("Weekly number of subscriptions", plans).sql
    average = generate("Average monthly fee of the subscriptions", plans).sql
    assert "avg(s.monthly_fee)" in average and "date_trunc" not in average
