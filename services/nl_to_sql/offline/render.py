"""SQL rendering of the query model: PostgreSQL with quoted identifiers where needed, a short
alias per table, joins from the planner, and no implicit LIMIT (the executor caps rows)."""
from __future__ import annotations

import re

from services.nl_to_sql.joins import GENERIC_KEYS, JoinEdge
from services.nl_to_sql.offline.coltypes import is_date
from services.nl_to_sql.offline.linking import Lexicon
from services.nl_to_sql.offline.model import Col, Condition, Group, Measure, Query, Related, cannot
from services.nl_to_sql.offline.planner import Plan, Planner
from services.nl_to_sql.offline.spans import is_timed, span_sql
from services.nl_to_sql.text import singular

_PLAIN = re.compile(r"^[a-z_][a-z0-9_]*$")
RESERVED = frozenset("""all analyse analyze and any array as asc asymmetric both case cast check collate column
constraint create current_date current_role current_time current_timestamp current_user default deferrable desc
distinct do else end except false fetch for foreign from grant group having in initially intersect into lateral
leading limit localtime localtimestamp not null offset on only or order placing primary references returning
select session_user some symmetric table then to trailing true union unique user using variadic when where
window with""".split())


_COMPARED = ("<", ">", "<=", ">=", "BETWEEN")   # a list shows the column it is filtered by so


def ident(name: str) -> str:
    return name if _PLAIN.match(name) and name not in RESERVED else '"' + name.replace('"', '""') + '"'


def table_ref(key: str) -> str:
    return ".".join(ident(p) for p in key.split(".", 1)) if "." in key else ident(key)


def literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


class Renderer:
    def __init__(self, lex: Lexicon, planner: Planner):
        self.lex = lex
        self.planner = planner
        self.outer = False                            # lookups as LEFT JOINs (a percentage's whole)
        self.aliases: dict[str, str] = {}
        self.used_tables: list[str] = []

    def alias(self, table: str, scope: str = "") -> str:
        key = scope + table
        if key not in self.aliases:
            base = "".join(w[0] for w in self.lex.table_words.get(table, [table])) or "t"
            base = base.lower() + scope
            name, n = base, 1
            while name in self.aliases.values() or name in RESERVED:
                n += 1
                name = f"{base}{n}"
            self.aliases[key] = name
        return self.aliases[key]

    def _short(self, table: str) -> str:
        words = self.lex.table_words.get(table, [table.split(".")[-1]])
        return "_".join([w.lower() for w in words[:-1]] + [singular(words[-1])])

    def _nullable(self, c: Col) -> bool:
        return self.lex.column(c.table, c.column).nullable

    def col(self, c: Col, scope: str = "") -> str:
        return f"{self.alias(c.table, scope)}.{ident(c.column)}"

    def measure(self, m: Measure, plan: Plan | None = None) -> str:
        if m.share is not None:
            if plan is not None and plan.fans_out:    # "percentage of invoices paid by card": per payment row
                said = " ".join(self.lex.table_words.get(m.table, [m.table])).lower()
                raise cannot(f"A percentage of {said} rows across their related rows would count some "
                             "rows more than once (and leave out the rows with none).",
                             "Ask for the percentage of the rows that hold the condition themselves, e.g. "
                             "'percentage of payments made by card'.")
            cond = " AND ".join(self.condition(c) for c in m.share)
            self.outer = True                         # rows without the looked-up row count in the whole
            return f"100.0 * count(*) FILTER (WHERE {cond}) / NULLIF(count(*), 0)"
        if m.agg == "COUNT" and not m.cols:
            key = self.lex.key_of(m.table)
            if plan is not None and plan.fans_out:
                if key is None:
                    raise cannot(f"I cannot count {m.table} rows across this join without a key column.",
                                 "Ask for the count without the condition on the related table.")
                return f"count(DISTINCT {self.col(Col(m.table, key))})"
            return "count(*)"
        expr = self.value(m)
        if plan is not None and plan.fans_out and m.agg in ("SUM", "AVG", "COUNT"):
            raise cannot("Adding this up across the related rows would count some rows more than once.",
                         "Ask for the figure per row of the table that holds it.")
        return f"{m.agg.lower()}({'DISTINCT ' if m.agg == 'COUNT' else ''}{expr})"

    def value(self, m: Measure) -> str:
        """The per-row value a measure aggregates."""
        expr = " * ".join(self.col(c) for c in m.cols)
        if m.minus is not None:                       # a duration: end date - start date
            expr = span_sql(self.col(m.cols[0]), self.col(m.minus), is_timed(self.lex, m.cols[0], m.minus), m.unit)
        if m.age:
            expr = f"date_part('year', age({expr}))"
        return expr

    def condition(self, c: Condition, scope: str = "") -> str:
        if hasattr(c, "render"):                      # a comparison with a computed value (versus.py)
            return c.render(self, scope)
        expr = self.col(c.col, scope)
        if c.op == "IEQ":
            return f"lower({expr}) = lower({c.value})"
        if c.value is None:
            return f"{expr} {c.op}"
        return f"{expr} {c.op} {c.value}"

    def on(self, e: JoinEdge, left_scope: str = "", right_scope: str = "") -> str:
        left, right = self.alias(e.left_table, left_scope), self.alias(e.right_table, right_scope)
        pairs = [f"{left}.{ident(lc)} = {right}.{ident(rc)}" for lc, rc in zip(e.left_columns, e.right_columns)]
        if getattr(e, "any_of", False):               # planner.EitherEdge: "matches a player played"
            return "(" + " OR ".join(pairs) + ")"
        return " AND ".join(pairs)

    def joins(self, plan: Plan, scope: str = "") -> list[str]:
        out = []
        for step in plan.steps:
            on = self.on(step.edge, scope, scope)
            out.append(f"{'LEFT JOIN' if self.outer and not scope else 'JOIN'} {table_ref(step.table)} "
                       f"{self.alias(step.table, scope)} ON {on}")
            self.used_tables.append(step.table)
        return out

    def related(self, r: Related) -> str:
        path: list[JoinEdge] = self.planner.path(r.entity, r.target)
        if not path:
            raise cannot(f"Counting {r.target} per {r.target} does not make sense.", "Name another table.")
        scope = "_r"
        first = path[0]
        inner = first.other(r.entity)
        on = self.on(first, scope if first.left_table == inner else "", scope if first.right_table == inner else "")
        sql = f"FROM {table_ref(inner)} {self.alias(inner, scope)}"
        current = inner
        for e in path[1:]:
            nxt = e.other(current)
            sql += f" JOIN {table_ref(nxt)} {self.alias(nxt, scope)} ON {self.on(e, scope, scope)}"
            current = nxt
        joined = {t for e in path for t in (e.left_table, e.right_table)} - {r.entity}
        for c in r.conditions:                 # the related rows' own related tables ("copies at a branch")
            for e in (self.planner.path_avoiding(r.target, c.col.table, r.entity) or []
                      if c.col.table not in joined else []):
                if e.left_table in joined and e.right_table in joined:
                    continue
                nxt = e.left_table if e.left_table not in joined else e.right_table
                sql += f" JOIN {table_ref(nxt)} {self.alias(nxt, scope)} ON {self.on(e, scope, scope)}"
                joined.add(nxt)
                path = path + [e]
        self.used_tables += [e.left_table for e in path] + [e.right_table for e in path]
        on = " AND ".join([on] + [self.condition(c, scope) for c in r.conditions])
        if r.op == "=" and r.n == 0:
            return f"NOT EXISTS (SELECT 1 {sql} WHERE {on})"
        if r.op == ">=" and r.n == 1:
            return f"EXISTS (SELECT 1 {sql} WHERE {on})"
        key = self.lex.key_of(r.target)
        # "visitors who visited more than one museum": the museums, once each, not the visits
        counted = f"count(DISTINCT {self.col(Col(r.target, key), scope)})" if len(path) > 1 and key else "count(*)"
        return f"(SELECT {counted} {sql} WHERE {on}) {r.op} {r.n}"

    def _refuse_unnamed(self, table: str) -> None:
        """Which row of a keyless table with no name and only a bare `Id` (`cars_data`: details of
        cars another table names by that id) cannot be said by that id; refused."""
        key = self.lex.keys.get(table)
        if not self.lex.table(table).primary_key and key is not None and key.lower() in GENERIC_KEYS \
                and not self.lex.labels(table):
            raise cannot(f"The rows of {table} have no name of their own, only {key}: I can't tell how to "
                         "show which one it is.", "Ask for its columns by name, e.g. 'the <column> of ...'.")

    def identity(self, table: str) -> list[str]:
        cols = self.lex.identity(table)
        if not cols:
            raise cannot(f"I don't know which columns identify a row of {table}.",
                         "Ask for a column of it by name.")
        return [self.col(Col(table, c)) for c in cols]

    # -- the query ------------------------------------------------------------------------------

    def render(self, q: Query) -> str:
        from services.nl_to_sql.offline import pergroup, selfjoin  # shapes rendered by their own modules
        if q.top_group is not None:
            return pergroup.render(self, q)
        if q.self_ref:
            return selfjoin.render(self, q)
        if any(m.per for m in q.measures):
            return self.two_level(q)
        if q.having and not q.groups and q.entity:
            q.groups.append(Group(q.entity))
        if q.measures or q.groups:
            return self.aggregate(q)
        return self.listing(q)

    def where(self, q: Query, scope: str = "") -> list[str]:
        return [self.condition(c, scope) for c in q.conditions] + [self.related(r) for r in q.related]

    def assemble(self, select: list[str], plan: Plan, where: list[str], group: list[str] | None = None,
                 having: list[str] | None = None, order: str | None = None, limit: int | None = None,
                 distinct: bool = False, offset: int = 0) -> str:
        self.used_tables.insert(0, plan.root)
        joins = self.joins(plan)
        sql = f"SELECT {'DISTINCT ' if distinct else ''}{', '.join(select)}"
        sql += f"\nFROM {table_ref(plan.root)} {self.alias(plan.root)}"
        for j in joins:
            sql += f"\n{j}"
        if where:
            sql += "\nWHERE " + "\n  AND ".join(where)
        if group:
            sql += "\nGROUP BY " + ", ".join(group)
        if having:
            sql += "\nHAVING " + " AND ".join(having)
        if order:
            sql += f"\nORDER BY {order}"
        if limit:
            sql += f"\nLIMIT {limit}" + (f" OFFSET {offset}" if offset else "")
        return sql

    def fewest(self, q: Query) -> str | None:
        """"the 2 stores with the fewest employees": rows with none count too (a LEFT JOIN)."""
        m = q.measures[0] if len(q.measures) == 1 else None
        if m is None or m.agg != "COUNT" or m.cols or m.share is not None or q.conditions or q.having or \
                len(q.groups) != 1 or q.groups[0].column is not None or (q.order or (0, not q.with_empty))[1]:
            return None                               # ... or "bookings per hotel, including those with none"
        group, key = q.groups[0].table, self.lex.key_of(m.table)
        path, current = self.planner.path(group, m.table), group
        for e in path:                                # each step: rows that refer to the previous table
            if e.left_table == current or e.right_table != current:
                return None
            current = e.left_table
        if not path or current != m.table:
            return None
        cols = self.identity(group)
        counted = f"count({self.col(Col(m.table, key or path[-1].left_columns[0]))})"
        self.used_tables += [group] + [e.left_table for e in path]
        joins = "".join(f"\nLEFT JOIN {table_ref(e.left_table)} {self.alias(e.left_table)} ON {self.on(e)}"
                        for e in path)       # "the clinic with the fewest appointments": one with none too
        return (f"SELECT {', '.join(cols)}, {counted} AS {ident(m.label)}\nFROM {table_ref(group)} {self.alias(group)}"
                f"{joins}\nGROUP BY {', '.join(cols)}\nORDER BY {ident(m.label)} ASC, {cols[0]}"
                + (f"\nLIMIT {q.limit}" if q.limit else "") + (f" OFFSET {q.offset}" if q.offset else ""))

    def group_columns(self, q: Query) -> tuple[list[str], list[str]]:
        """What a grouped query shows and groups by, in the order of its groups."""
        select: list[str] = []
        group: list[str] = []
        for g in q.groups:
            if g.bucket and g.column and not is_date(self.lex.column(g.table, g.column)):
                expr = f"{self.col(Col(g.table, g.column))} / 10 * 10"   # a decade of an integer year
                select.append(f"{expr} AS {g.bucket}")
                group.append(expr)
            elif g.bucket:
                expr = f"date_trunc('{g.bucket}', {self.col(Col(g.table, g.column))})::date"
                select.append(f"{expr} AS {g.bucket}")
                group.append(expr)
                if g.bucket in ("year", "month"):     # the bucket's number too: 2024, or 3 for March
                    number = f"extract({g.bucket} FROM {self.col(Col(g.table, g.column))})::int"
                    select.append(f"{number} AS {g.bucket}_number")
                    group.append(number)
            elif g.column:
                select.append(self.col(Col(g.table, g.column)))
                group.append(self.col(Col(g.table, g.column)))
            else:
                cols = self.identity(g.table)
                select += cols
                group += cols
        return select, group

    def aggregate(self, q: Query) -> str:
        if (sql := self.fewest(q)) is not None:
            return sql
        if q.with_empty:
            raise cannot("I can't count the groups without rows (as 0) in this question.", "Ask without 'including'.")
        measures = q.measures or ([] if q.having else [Measure("COUNT", q.entity or q.groups[0].table, label="count")])
        root = (measures or [h[0] for h in q.having])[0].table
        needed = [g.table for g in q.groups] + [c.col.table for c in q.conditions] + \
            [c.table for m in measures for c in m.cols] + [c.col.table for m in measures for c in m.share or []] + \
            [h[0].table for h in q.having] + [c.table for m in (h[0] for h in q.having) for c in m.cols]
        plan = self.planner.plan(root, needed, {g.table: g.via for g in q.groups if g.via})
        select, group = self.group_columns(q)
        from services.nl_to_sql.offline import dedup  # imports this module
        if plan.fans_out and dedup.wanted(measures, q.having):
            return dedup.render(self, q, measures, plan, select, group)
        labels: dict[int, str] = {}
        for m in measures:
            label = ident(m.label) if m.label not in labels.values() else ident(f"{m.label}_{len(labels)}")
            labels[id(m)] = label
            select.append(f"{self.measure(m, plan)} AS {label}")
        having = [f"{self.measure(m, plan)} {op} {value}" for m, op, value in q.having]
        if not measures:                              # the figure a HAVING tests is shown too
            select += [f"{self.measure(m, plan)} AS {ident(m.label)}" for m, _, _ in q.having]
        order = None
        if q.order is not None:
            what, desc = q.order
            key = labels.get(id(what)) if isinstance(what, Measure) else self.col(what)
            if key is None and isinstance(what, Measure):
                key = self.measure(what, plan)
            # the highest first means the highest value, never a missing one (PostgreSQL sorts NULL first)
            nulls = " NULLS LAST" if desc and (isinstance(what, Measure) or self._nullable(what)) else ""
            order = f"{key} {'DESC' if desc else 'ASC'}{nulls}" + (f", {group[0]}" if group else "")
        elif any(g.bucket for g in q.groups):
            order = ", ".join(group)
        return self.assemble(select, plan, self.group_where(q), group, having, order, q.limit, offset=q.offset)

    def group_where(self, q: Query) -> list[str]:
        where = self.where(q)
        where += [f"{self.col(Col(g.table, g.column))} IS NOT NULL" for g in q.groups   # a row without
                  if g.bucket and self._nullable(Col(g.table, g.column))]               # a date has no month
        if q.limit and q.order is not None:           # "which alliance has the most airlines": not "none"
            where += [f"{self.col(Col(g.table, g.column))} IS NOT NULL" for g in q.groups
                      if g.column and not g.bucket and self._nullable(Col(g.table, g.column))]
        return where

    def two_level(self, q: Query) -> str:
        m = next(m for m in q.measures if m.per)
        inner = Measure(m.inner, m.table, m.cols if m.inner != "COUNT" else (), "v")
        per_key = self.lex.key_of(m.per)
        if per_key is None:
            raise cannot(f"I don't know which column identifies a row of {m.per}.", "Ask for the figure per row.")
        needed = [m.per] + [c.col.table for c in q.conditions] + [c.table for c in m.cols] + \
            [g.table for g in q.groups]
        plan = self.planner.plan(m.table, needed)
        key = self.col(Col(m.per, per_key))
        # "average order value per store": per-order sums, then their average per store
        outer, inner_cols = [], []
        for n, g in enumerate(q.groups):
            if g.bucket or g.column is None:
                raise cannot("A two-level figure per a table or a time bucket is not supported offline.",
                             "Group by a column, e.g. 'average order value per store name'.")
            inner_cols.append(f"{self.col(Col(g.table, g.column))} AS g{n}")
            outer.append(f"t.g{n}")
        group = [key] + [c.split(" AS ")[0] for c in inner_cols]
        sql = self.assemble([key, *inner_cols, f"{self.measure(inner, plan)} AS v"], plan, self.where(q), group)
        indented = sql.replace("\n", "\n  ")
        select = ", ".join([*outer, f"{m.agg.lower()}(t.v) AS {ident(m.label)}"])
        tail = f"\nGROUP BY {', '.join(outer)}" if outer else ""
        return f"SELECT {select}\nFROM (\n  {indented}\n) t{tail}"

    def listing(self, q: Query) -> str:
        root = q.entity
        needed = [c.col.table for c in q.conditions] + [c.table for c in q.projection]
        if isinstance(q.order[0] if q.order else None, Col):
            needed.append(q.order[0].table)
        plan = self.planner.plan(root, needed)
        if q.projection and q.identify and not q.bare and not q.distinct and not self.lex.identity(root) \
                and all(c.table == root for c in q.projection):
            select = [f"{self.alias(root)}.*"]        # "which classroom ...": no key or name, so all of it
        elif q.projection:
            if q.identify:
                self._refuse_unnamed(root)
            select = [self.col(c) for c in q.projection]
            if not q.distinct and not q.bare and self.lex.identity(root):   # rows stay identifiable
                select = [c for c in self.identity(root) if c not in select] + select
            names = [s.split(".")[-1] for s in select]
            # the same column name from two tables gets the table's name in front ("category_name")
            table_of = {a: t for t, a in self.aliases.items()}
            select = [f"{s} AS {ident(self._short(table_of[s.split('.')[0]]) + '_' + n.strip(chr(34)).lower())}"
                      if names.count(n) > 1 and not s.startswith(self.alias(root) + ".") else s
                      for s, n in zip(select, names)]
        elif q.identify or q.limit:
            self._refuse_unnamed(root)
            select = self.identity(root) if q.identify else [f"{self.alias(root)}.*"]
        else:                                        # "delegates": rows named by a noun column, by it
            select = self.identity(root) if root in self.lex.row_nouns else [f"{self.alias(root)}.*"]
        ranked = q.order[0] if q.order is not None else None
        shown = [ranked] if isinstance(ranked, Col) else []
        if not plan.fans_out:                        # "episodes with a weekly rank under 40": and their rank
            shown += [c.col for c in q.conditions if c.col.table == root and c.op in _COMPARED]
        if not q.bare and not q.distinct and select != [f"{self.alias(root)}.*"]:
            select += list(dict.fromkeys(self.col(c) for c in shown if self.col(c) not in select))
        for rel in q.related if not q.bare and not q.distinct else []:   # "heads managing more than one
            if rel.op == "=" and rel.n == 0 or rel.op == ">=" and rel.n == 1:   # department": and how many
                continue
            counted = self.related(rel).rsplit(f" {rel.op} ", 1)[0]
            select.append(f"{counted} AS {ident(self._short(rel.target) + '_count')}")
        order = None
        if q.order is not None:
            what, desc = q.order
            if isinstance(what, Col):
                order = f"{self.col(what)} {'DESC' if desc else 'ASC'}" + (" NULLS LAST" if desc and
                                                                          self._nullable(what) else "")
                key = self.lex.key_of(root)
                if key and not q.distinct:
                    order += f", {self.col(Col(root, key))}"
        key = self.lex.key_of(root)
        if order is None and q.distinct:
            order = ", ".join(select)
        elif order is None and key is not None and not plan.fans_out:
            order = self.col(Col(root, key))            # a stable order for lists
        distinct = q.distinct or plan.fans_out
        if distinct and order and q.order is not None and isinstance(q.order[0], Col):
            order_col = self.col(q.order[0])
            if order_col not in select:
                select.append(order_col)
            order = order.split(", ")[0]
        return self.assemble(select, plan, self.where(q), order=order, limit=q.limit, distinct=distinct,
                             offset=q.offset)
