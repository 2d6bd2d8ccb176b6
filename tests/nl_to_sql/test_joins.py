"""Join inference on schemas with and without declared keys: the edges a query needs are found,
with a confidence, and no edge joins columns that merely look alike."""
from __future__ import annotations

from services.nl_to_sql.joingraph import JoinGraph
from services.nl_to_sql.joins import (
    JoinEdge,
    common_prefix,
    infer_join_edges,
    join_edges,
    name_prefixes,
    value_edges,
)
from services.nl_to_sql.schema import Column, ForeignKey, Schema, Table


def schema_of(*tables: Table) -> Schema:
    schema = Schema("t")
    for table in tables:
        schema.tables[table.key] = table
    return schema


def table(name: str, *columns: str, pk: tuple[str, ...] = (), fks: tuple[ForeignKey, ...] = (),
          schema: str = "public") -> Table:
    cols = tuple(Column(c.split(":")[0], {"i": "integer", "t": "text", "d": "date", "n": "numeric"}
                        [c.split(":")[1]]) for c in columns)
    return Table(schema, name, cols, primary_key=pk, foreign_keys=fks)


def pairs(edges: list[JoinEdge]) -> set[tuple[str, str, str, str, str]]:
    return {(e.left_table, e.left_columns[0], e.right_table, e.right_columns[0], e.source) for e in edges}


def test_declared_foreign_keys_are_edges_with_full_confidence():
    s = schema_of(table("customers", "id:i", "name:t", pk=("id",)),
                  table("orders", "id:i", "customer_id:i", pk=("id",),
                        fks=(ForeignKey(("customer_id",), "public", "customers", ("id",)),)))
    edges = infer_join_edges(s)
    assert pairs(edges) == {("orders", "customer_id", "customers", "id", "declared")}
    assert edges[0].confidence == 1.0
    assert edges[0].on() == "orders.customer_id = customers.id"
    assert edges[0].as_data()["source"] == "declared"


def test_table_id_columns_point_at_the_table_without_declared_keys():
    s = schema_of(table("departments", "id:i", "name:t"), table("employees", "id:i", "department_id:i", "name:t"),
                  table("categories", "id:i", "name:t"), table("products", "id:i", "categoryid:i"))
    assert pairs(infer_join_edges(s)) == {("employees", "department_id", "departments", "id", "name"),
                                          ("products", "categoryid", "categories", "id", "name")}


def test_abbreviated_keys_and_bridge_tables():
    """author(aid), publication(pid), writes(aid, pid): the bridge joins both; writes has no key."""
    s = schema_of(table("author", "aid:i", "name:t"), table("publication", "pid:i", "title:t", "year:i"),
                  table("writes", "aid:i", "pid:i"))
    assert pairs(infer_join_edges(s)) == {("writes", "aid", "author", "aid", "name"),
                                          ("writes", "pid", "publication", "pid", "name")}
    joined, used = JoinGraph(infer_join_edges(s)).connect(["author", "publication"])
    assert set(joined) == {"author", "publication", "writes"} and len(used) == 2


def test_identical_key_names_with_a_matching_type():
    s = schema_of(table("course", "course_id:t", "title:t"), table("takes", "id:i", "course_id:t", "grade:t"),
                  table("section", "sec_id:i", "course_id:i"))
    # section.course_id is an integer: it does not join the text key.
    assert pairs(infer_join_edges(s)) == {("takes", "course_id", "course", "course_id", "name")}


def test_prefixed_names_of_a_non_public_schema():
    s = schema_of(table("sbCustomer", "sbCustId:t", "sbCustName:t", schema="broker"),
                  table("sbTicker", "sbTickerId:t", "sbTickerSymbol:t", schema="broker"),
                  table("sbTransaction", "sbTxId:t", "sbTxCustId:t", "sbTxTickerId:t", "sbTxAmount:n",
                        schema="broker"))
    assert common_prefix(s) == "sb"
    assert pairs(infer_join_edges(s)) == {
        ("broker.sbTransaction", "sbTxCustId", "broker.sbCustomer", "sbCustId", "name"),
        ("broker.sbTransaction", "sbTxTickerId", "broker.sbTicker", "sbTickerId", "name")}


def test_look_alike_columns_are_not_joined():
    s = schema_of(table("people", "id:i", "name:t", "zip_code:t"), table("shops", "id:i", "name:t", "zip_code:t"),
                  table("events", "id:i", "manager_id:i", "day:d"))
    assert infer_join_edges(s) == []


def test_sampled_values_contained_in_a_key_make_a_weaker_edge():
    s = schema_of(table("country", "code:t", "name:t"), table("city", "id:i", "name:t", "land:t"))
    values = {("country", "code"): ["DE", "FR", "ES"], ("city", "land"): ["DE", "FR"]}
    edges = infer_join_edges(s, values)
    assert pairs(edges) == {("city", "land", "country", "code", "values")}
    assert edges[0].confidence < 0.9
    assert infer_join_edges(s) == []


def test_paths_prefer_confident_edges_and_the_cache_follows_changes():
    s = schema_of(table("a", "id:i"), table("b", "id:i", "a_id:i"), table("c", "id:i", "b_id:i"))
    graph = JoinGraph(join_edges(s))
    assert [e.left_table for e in graph.path("a", "c")] == ["b", "c"]
    assert graph.path("a", "c", max_hops=1) is None
    s.tables["d"] = table("d", "id:i", "c_id:i")
    assert len(join_edges(s)) == 3


def test_a_table_without_ids_is_joined_through_the_name_column_named_after_it():
    """university-style: department(dept_name) is the key the others' dept_name refer to."""
    s = schema_of(table("department", "dept_name:t", "building:t", "budget:n"),
                  table("student", "student_id:i", "name:t", "dept_name:t"),
                  table("instructor", "instructor_id:i", "name:t", "dept_name:t"),
                  table("classroom", "building:t", "room_number:t"))
    assert pairs(infer_join_edges(s)) == {("student", "dept_name", "department", "dept_name", "name"),
                                          ("instructor", "dept_name", "department", "dept_name", "name")}


def test_value_edges_come_from_samples_of_the_chosen_tables_only_where_no_edge_is():
    s = schema_of(table("airports", "code:t", "name:t"), table("flights", "flight_no:t", "origin:t", "airline_id:i"),
                  table("airlines", "airline_id:i", "name:t"))
    known = join_edges(s)
    assert pairs(known) == {("flights", "airline_id", "airlines", "airline_id", "name")}
    values = {("airports", "code"): ["FRA", "MUC", "LHR"], ("flights", "origin"): ["FRA", "LHR"],
              ("airports", "name"): ["Frankfurt", "Munich", "Heathrow"]}
    assert pairs(value_edges(s, values, known)) == {("flights", "origin", "airports", "code", "values")}
    assert value_edges(s, {}, known) == []


def test_a_prefixed_corner_of_a_bigger_database_keeps_its_prefix():
    s = schema_of(table("lgInvoice", "lgInvoiceId:i", "lgInvCustomerId:i", schema="fin"),
                  table("lgCustomer", "lgCustomerId:i", "lgCustomerName:t", schema="fin"),
                  table("orders", "id:i", "customer_id:i"), table("customers", "id:i", "name:t"))
    assert common_prefix(s) == "" and name_prefixes(s) == {"fin": "lg"}
    assert pairs(infer_join_edges(s)) == {
        ("fin.lgInvoice", "lgInvCustomerId", "fin.lgCustomer", "lgCustomerId", "name"),
        ("orders", "customer_id", "customers", "id", "name")}


def test_company_style_keys_spelled_otherwise_are_joined():
    """company_1: `dno`, `dnum` -> `dnumber`, `pno` -> `pnumber`, `essn` and `mgr_ssn` -> `ssn`, and the
    supervisor's `super_ssn` -> the employee's own `ssn`; no key is declared but the primary keys."""
    s = schema_of(table("employee", "fname:t", "ssn:i", "super_ssn:i", "dno:i", pk=("ssn",)),
                  table("department", "dname:t", "dnumber:i", "mgr_ssn:i", pk=("dnumber",)),
                  table("project", "pname:t", "pnumber:i", "dnum:i", pk=("pnumber",)),
                  table("works_on", "essn:i", "pno:i", "hours:n", pk=("essn", "pno")))
    assert pairs(infer_join_edges(s)) == {
        ("employee", "super_ssn", "employee", "ssn", "name"), ("employee", "dno", "department", "dnumber", "name"),
        ("department", "mgr_ssn", "employee", "ssn", "name"), ("project", "dnum", "department", "dnumber", "name"),
        ("works_on", "essn", "employee", "ssn", "name"), ("works_on", "pno", "project", "pnumber", "name")}


def test_a_column_commented_as_identifying_its_rows_is_the_key_a_table_named_column_refers_to():
    scientists = Table("public", "scientists", (Column("badge", "integer", True, "identifies the scientist"),
                                                 Column("name", "text")))
    s = schema_of(scientists, table("assigned_to", "scientist:i", "project:t"))
    assert pairs(infer_join_edges(s)) == {("assigned_to", "scientist", "scientists", "badge", "name")}
    uncommented = schema_of(table("scientists", "badge:i", "name:t"), table("assigned_to", "scientist:i", "project:t"))
    assert infer_join_edges(uncommented) == []
