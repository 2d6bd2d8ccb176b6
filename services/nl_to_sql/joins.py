"""Join edges between tables: the declared foreign keys, plus edges inferred when keys are not
declared, each with a confidence and where it came from.

Inference, in order of confidence:
- `declared` (1.0): a FOREIGN KEY constraint.
- `name`: a column that names another table's key column: `<table>_id` / `<singular>id` /
  `<singular>_<key>` pointing at that table's key, or a column whose name is, or ends with, another
  table's own key name with a matching type (`writes.aid` -> `author.aid`, `sbTxCustId` ->
  `sbCustomer.sbCustId`, `enrolments.course_id` -> `courses.course_id`, `student.dept_name` ->
  `department.dept_name`), a number column named after another table (`flights.Airline` ->
  `airlines.uid`), or the initial of the one table keyed by a bare `id` (`advisor.s_id` -> `student.id`).
- `values` (0.6): a text column whose sampled values are all of another table's key-like column.

A table's own key is its declared single-column primary key, else the one column commented as
identifying its rows, else `id` (or a bare `code`, `key`, `ssn`), else a column named after the table
(`<singular>_id`, `<singular>id`, `<abbreviation>id` like `aid` for `author`), else a name column named
after it (`dept_name` for `department`), else its first `...id` column that is not another table's key.
Prefixes all tables of a PostgreSQL schema share (`sb` in `sbCustomer`) are ignored in comparisons."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from services.nl_to_sql.schema import Column, Schema, Table
from services.nl_to_sql.text import identifier_words, stem

Source = Literal["declared", "name", "values"]
CONFIDENCE = {"declared": 1.0, "table_id": 0.9, "own_key": 0.85, "suffix": 0.75, "named_after": 0.7, "values": 0.6}
MIN_KEY_CHARS = 3     # `id` alone never names another table's key
GENERIC_KEYS = ("id", "code", "key")  # a table's own key when bare; never another table's by name alone
_IDENTIFIES = re.compile(r"\b(identifies|unique identifier|uniquely identif\w*|primary key)\b", re.IGNORECASE)
_NUMBER_SUFFIX = re.compile(r"([a-z]+?)(?:no|num|nr|nbr|number)")
_SELF_ROLES = ("super", "supervisor", "manager", "mgr", "boss", "parent", "head", "lead", "mentor", "reportsto")
NAME_KEY = "name"     # `<table>_name`: a table's key when nothing id-like names the table
_INT, _TEXT = ("int", "serial", "numeric", "decimal", "bigint", "smallint"), ("text", "char", "citext", "uuid")


@dataclass(frozen=True)
class JoinEdge:
    left_table: str                  # the referencing table (holds the "foreign key")
    left_columns: tuple[str, ...]
    right_table: str                 # the referenced table (holds the key)
    right_columns: tuple[str, ...]
    confidence: float
    source: Source

    def on(self, left_alias: str | None = None, right_alias: str | None = None) -> str:
        la, ra = left_alias or self.left_table, right_alias or self.right_table
        return " AND ".join(f"{la}.{lc} = {ra}.{rc}" for lc, rc in zip(self.left_columns, self.right_columns))

    def other(self, table: str) -> str:
        return self.right_table if table == self.left_table else self.left_table

    def describe(self) -> str:
        return f"{self.on()} ({self.source}, {self.confidence:.2f})"

    def as_data(self) -> dict[str, object]:
        """The camelCase form carried in status events."""
        return {"leftTable": self.left_table, "leftColumns": list(self.left_columns),
                "rightTable": self.right_table, "rightColumns": list(self.right_columns),
                "confidence": self.confidence, "source": self.source}


def _family(col_type: str) -> str:
    t = col_type.lower()
    if any(f in t for f in _INT):
        return "number"
    if any(f in t for f in _TEXT):
        return "text"
    return t


def common_prefix(schema: Schema) -> str:
    """The lower-case prefix all table names share before an upper-case letter or `_` (`sb`), or ""."""
    return _shared_prefix([t.name for t in schema.tables.values()])


def name_prefixes(schema: Schema) -> dict[str, str]:
    """PostgreSQL schema -> the prefix all its tables' names share (`fin` -> `lg`), for the schemas
    that have one: a prefixed corner of a big database is recognised too."""
    groups: dict[str, list[str]] = {}
    for t in schema.tables.values():
        groups.setdefault(t.schema, []).append(t.name)
    return {ns: prefix for ns, names in groups.items() if (prefix := _shared_prefix(names))}


def _shared_prefix(names: list[str]) -> str:
    if len(names) < 2:
        return ""
    match = re.match(r"^([a-z]{1,4})(?=[A-Z_])", names[0])
    if not match:
        return ""
    prefix = match.group(1)
    ok = all(n.startswith(prefix) and len(n) > len(prefix) and (n[len(prefix)].isupper() or n[len(prefix)] == "_")
             for n in names)
    return prefix if ok else ""


def strip_prefix(name: str, prefix: str) -> str:
    if prefix and name.startswith(prefix) and len(name) > len(prefix):
        return name[len(prefix):].lstrip("_")
    return name


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def table_words(table: Table, prefix: str) -> list[str]:
    return identifier_words(strip_prefix(table.name, prefix))


def _singulars(table: Table, prefix: str) -> set[str]:
    """`order_items` -> {"orderitems", "orderitem", "item"}; `people` stays `people`."""
    words = table_words(table, prefix)
    if not words:
        return set()
    whole = "".join(words)
    return {whole, "".join(words[:-1]) + stem(words[-1]), stem(words[-1]) if len(words) > 1 else whole}


def _is_abbreviation(letters: str, table: Table, prefix: str) -> bool:
    """`a` for author, `cust` for customer, `pc` for product_categories, `restype` for restaurant_type;
    `amen` for dorm_amenity when it is the table's only `...id` (a bridge's ids are its references)."""
    words = table_words(table, prefix)
    if not letters or not words:
        return False
    whole = "".join(words)
    initials = "".join(w[0] for w in words)
    ids = sum(_norm(c.name).endswith("id") for c in table.columns)
    return whole.startswith(letters) or initials == letters or len(letters) >= MIN_KEY_CHARS and any(
        _prefixes_of(letters, words[k:]) for k in range(len(words) if ids == 1 else 1))


def _prefixes_of(letters: str, words: list[str]) -> bool:
    """`restype` of restaurant_type, `amen` of (dorm_)amenity: a prefix of each word in turn."""
    if not words:
        return not letters
    return any(letters.startswith(words[0][:n]) and _prefixes_of(letters[n:], words[1:])
               for n in range(1, len(words[0]) + 1))


def own_key(table: Table, prefix: str) -> str | None:
    """The column that identifies a row of `table` by name alone (phase one; see the module doc)."""
    if len(table.primary_key) == 1:
        return table.primary_key[0]
    if table.primary_key:
        return None
    if len(commented := [c.name for c in table.columns if c.comment and _IDENTIFIES.search(c.comment)]) == 1:
        return commented[0]
    names = {_norm(strip_prefix(c.name, prefix)): c.name for c in table.columns}
    for bare in (*GENERIC_KEYS, "ssn"):  # `country.Code`, as `city.CountryCode` refers to it
        if bare in names:
            return names[bare]
    for singular in _singulars(table, prefix):
        for candidate in (f"{singular}id", f"{singular}key", f"{singular}code", f"{singular}no"):
            if candidate in names:
                return names[candidate]
    for norm, name in names.items():
        if norm.endswith("id") and _is_abbreviation(norm[:-2], table, prefix):
            return name
    # A table without any id, identified by its name (`department.dept_name`).
    whole = "".join(table_words(table, prefix))
    for norm, name in names.items():
        stemless = norm[:-len(NAME_KEY)]
        if norm.endswith(NAME_KEY) and (stemless in _singulars(table, prefix) or _shortens(stemless, whole)):
            return name
    return None


def _shortens(letters: str, word: str) -> bool:
    """`dept` for department, `emp` for employee: the same first letter, then letters in order."""
    if len(letters) < MIN_KEY_CHARS or not word or letters[0] != word[0]:
        return False
    rest = iter(word[1:])
    return all(ch in rest for ch in letters[1:])


def _numbered(norm: str) -> str | None:
    """`dno`, `dnum`, `dnumber` alike: the name with its "number" spelled out, None without one."""
    m = _NUMBER_SUFFIX.fullmatch(norm)
    return m.group(1) + "number" if m else None


def _key_like(norm: str) -> bool:
    return norm.endswith(("id", "key", "code", "no")) and len(norm) >= MIN_KEY_CHARS


def table_keys(schema: Schema) -> dict[str, str]:
    """table key -> its own key column, for the tables that have one."""
    prefixes = name_prefixes(schema)
    keys = {k: col for k, t in schema.tables.items() if (col := own_key(t, prefixes.get(t.schema, "")))}
    _drop_borrowed_keys(schema, keys, prefixes)
    taken = {_norm(strip_prefix(col, prefixes.get(schema.tables[k].schema, ""))) for k, col in keys.items()}
    # `takes.student_id` names the table `student` (keyed by `id`), `advisor.s_id` its initial: references.
    taken |= {f"{s}id" for k in keys for s in _singulars(schema.tables[k], prefixes.get(schema.tables[k].schema, ""))
              | ({"".join(table_words(schema.tables[k], ""))[:1]} if keys[k] in GENERIC_KEYS else set())}
    for k, t in schema.tables.items():
        first = next((c.name for c in t.columns if _norm(c.name).endswith("id")), None)
        if k not in keys and not t.primary_key and first and _key_like(_norm(first)) \
                and _norm(strip_prefix(first, prefixes.get(t.schema, ""))) not in taken:
            keys[k] = first
    return keys


def _drop_borrowed_keys(schema: Schema, keys: dict[str, str], prefixes: dict[str, str]) -> None:
    """A table named after another one by its last word (`singer_in_concert` ends with `concert`)
    does not own that table's key name (`concert_ID`): it refers to `concert` by it. Only the
    table whose whole name the key carries keeps it."""
    for k, col in list(keys.items()):
        table = schema.tables[k]
        if table.primary_key:
            continue
        norm = _norm(strip_prefix(col, prefixes.get(table.schema, "")))
        whole = "".join(table_words(table, prefixes.get(table.schema, "")))
        if norm.startswith(whole) or norm.startswith(stem(whole)):
            continue
        if any(o != k and keys.get(o) is not None
               and _norm(strip_prefix(keys[o], prefixes.get(t.schema, ""))) == norm
               and norm[:len(norm) - 2] in _singulars(t, prefixes.get(t.schema, "")) for o, t in schema.tables.items()):
            del keys[k]


def _declared(schema: Schema) -> list[JoinEdge]:
    out = []
    for key, table in schema.tables.items():
        for fk in table.foreign_keys:
            ref = fk.ref_table if fk.ref_schema == "public" else f"{fk.ref_schema}.{fk.ref_table}"
            if ref in schema.tables:
                out.append(JoinEdge(key, fk.columns, ref, fk.ref_columns, CONFIDENCE["declared"], "declared"))
    return out


def _by_name(schema: Schema, keys: dict[str, str], covered: set[tuple[str, str]]) -> list[JoinEdge]:
    prefixes = name_prefixes(schema)
    by_key_name: dict[str, list[str]] = {}           # normalised own-key name -> tables
    by_singular: dict[str, list[str]] = {}           # normalised singular table name -> tables
    for tkey, column in keys.items():
        prefix = prefixes.get(schema.tables[tkey].schema, "")
        by_key_name.setdefault(_norm(strip_prefix(column, prefix)), []).append(tkey)
        for singular in _singulars(schema.tables[tkey], prefix):
            by_singular.setdefault(singular, []).append(tkey)
    out: list[JoinEdge] = []
    for tkey, table in schema.tables.items():
        own = keys.get(tkey)
        prefix = prefixes.get(table.schema, "")
        for col in table.columns:
            if (tkey, col.name.lower()) in covered or col.name == own:
                continue
            norm = _norm(strip_prefix(col.name, prefix))
            own_col = table.column(own) if own else None
            own_norm = _norm(strip_prefix(own_col.name, prefix)) if own_col else ""
            if own_col and own_norm not in GENERIC_KEYS and norm.endswith(own_norm) and \
                    norm[:-len(own_norm)] in _SELF_ROLES and _family(col.type) == _family(own_col.type):
                out.append(JoinEdge(tkey, (col.name,), tkey, (own_col.name,), CONFIDENCE["suffix"], "name"))
                continue                              # `employee.super_ssn`: the supervisor's `ssn`
            if not _key_like(norm) and norm not in by_key_name and not _numbered(norm) and not (
                    norm in by_singular and _family(col.type) == "number") and not any(
                    norm.endswith(k) for k in by_key_name if len(k) >= MIN_KEY_CHARS and k not in GENERIC_KEYS):
                continue
            target = _name_target(norm, tkey, col, schema, keys, by_key_name, by_singular)
            if target:
                ref, confidence = target
                out.append(JoinEdge(tkey, (col.name,), ref, (keys[ref],), confidence, "name"))
    return out


def _name_target(norm: str, tkey: str, col: Column, schema: Schema, keys: dict[str, str],
                 by_key_name: dict[str, list[str]], by_singular: dict[str, list[str]]) -> tuple[str, float] | None:
    def fits(ref: str) -> bool:
        if ref == tkey:
            return False
        key_col = schema.tables[ref].column(keys[ref])
        return key_col is not None and _family(key_col.type) == _family(col.type)

    def one(refs: list[str]) -> str | None:
        """The only candidate, or the only one in the referencing table's own PostgreSQL schema."""
        candidates = [r for r in refs if fits(r)]
        if len(candidates) > 1:
            candidates = [r for r in candidates if schema.tables[r].schema == schema.tables[tkey].schema]
        return candidates[0] if len(candidates) == 1 else None

    # `<table>_id` / `<singular>id` -> that table's key.
    for suffix in ("id", "key", "code", "no"):
        if norm.endswith(suffix) and (stemless := norm[: -len(suffix)]) and \
                (ref := one(by_singular.get(stemless, []))):
            return ref, CONFIDENCE["table_id"]
    # A number column named after another table (`flights.Airline` -> `airlines.uid`): names or
    # codes are text, so only a number column named so holds that table's keys.
    if _family(col.type) == "number" and (ref := one(by_singular.get(norm, []))):
        return ref, CONFIDENCE["named_after"]
    # The same name as another table's own key (`aid`, `course_id`); a bare generic name (`code`)
    # is every table's own business.
    if norm not in GENERIC_KEYS and (ref := one(by_key_name.get(norm, []))):
        return ref, CONFIDENCE["own_key"]
    # The same name as another table's own key but for how "number" is spelled (`dno`, `dnum`: `dnumber`).
    if (numbered := _numbered(norm)) and (ref := one([t for k, ts in by_key_name.items() if _numbered(k) == numbered
                                                      for t in ts])):
        return ref, CONFIDENCE["own_key"]
    # A name ending with another table's own key (`txcustid` ends with `custid`).
    for start in range(1, len(norm) - MIN_KEY_CHARS + 1):
        tail = norm[start:]
        if tail in GENERIC_KEYS:  # `zipcode` does not end with `country.code`
            break
        if ref := one(by_key_name.get(tail, [])):
            return ref, CONFIDENCE["suffix"]
    ini = [t for t in keys if keys[t] in GENERIC_KEYS and _is_abbreviation(norm[:-2], schema.tables[t], "")]
    return (ref, CONFIDENCE["named_after"]) if norm.endswith("id") and len(norm) <= 4 and (ref := one(ini)) else None


def _by_values(schema: Schema, keys: dict[str, str], covered: set[tuple[str, str]],
               values: Mapping[tuple[str, str], Sequence[str]]) -> list[JoinEdge]:
    out = []
    targets = {(t, c): {v.lower() for v in vs} for (t, c), vs in values.items()
               if t in schema.tables and (keys.get(t) == c or _key_like(_norm(c)))}
    for (tkey, column), sample in values.items():
        if (tkey, column.lower()) in covered or len(sample) < 2 or tkey not in schema.tables:
            continue
        lowered = {v.lower() for v in sample}
        matches = [(t, c) for (t, c), target in targets.items() if t != tkey and lowered <= target]
        if len(matches) == 1:
            ref, ref_col = matches[0]
            out.append(JoinEdge(tkey, (column,), ref, (ref_col,), CONFIDENCE["values"], "values"))
    return out


def infer_join_edges(schema: Schema, values: Mapping[tuple[str, str], Sequence[str]] | None = None
                     ) -> list[JoinEdge]:
    """Every join edge of `schema`: declared first, then inferred ones for columns no declared key
    covers. `values` are sampled column values ((table key, column) -> values), as the value
    sampler returns them; without them no `values` edge is inferred."""
    declared = _declared(schema)
    covered = {(e.left_table, c.lower()) for e in declared for c in e.left_columns}
    keys = table_keys(schema)
    named = _by_name(schema, keys, covered)
    covered |= {(e.left_table, e.left_columns[0].lower()) for e in named}
    return declared + named + (_by_values(schema, keys, covered, values) if values else [])


def value_edges(schema: Schema, values: Mapping[tuple[str, str], Sequence[str]], known: Iterable[JoinEdge]
                ) -> list[JoinEdge]:
    """The `values` edges among `schema`'s tables (e.g. the retrieved ones) for the columns that no
    edge in `known` starts from: `flights.origin` whose sampled values are all `airports.code`s."""
    covered = {(e.left_table, c.lower()) for e in known for c in e.left_columns}
    return _by_values(schema, table_keys(schema), covered, values) if values else []


def table_references(schema: Schema) -> set[tuple[str, str]]:
    """(table, column) of join columns named after the table they refer to (`flights.Airline`)."""
    prefixes = name_prefixes(schema)
    return {(e.left_table, e.left_columns[0]) for e in join_edges(schema) if len(e.left_columns) == 1
            and _norm(strip_prefix(e.left_columns[0], p := prefixes.get(schema.tables[e.right_table].schema, "")))
            in _singulars(schema.tables[e.right_table], p)}


_CACHE_ATTR = "_querycast_join_edges"


def join_edges(schema: Schema) -> list[JoinEdge]:
    """`infer_join_edges(schema)` (no value edges), cached on the schema object until its tables change."""
    signature = tuple(map(id, schema.tables.values()))
    cached = getattr(schema, _CACHE_ATTR, None)
    if cached is not None and cached[0] == signature:
        return cached[1]
    edges = infer_join_edges(schema)
    setattr(schema, _CACHE_ATTR, (signature, edges))
    return edges
