"""Schema linking: which words of a question name which tables and columns.

Names are split (snake_case, camelCase), a schema-wide table prefix (`lg` in `lgInvoice`) is
dropped, abbreviations are expanded (`Inv` in `lgInvAmount` is the invoice table's word, `dept`
is department, `tot_cred` total credits), and every word is reduced to its root (plural and verb
endings), as question words are. A column is also named by its words without its own table's
(`customer_name` of customers is "name") and without a trailing unit or type word (`distance_km`
is "distance", `hire_date` is "hire"). Synonyms add a few everyday names (client, staff, ...)."""
from __future__ import annotations

from dataclasses import dataclass, field

from services.nl_to_sql.joins import common_prefix, join_edges, strip_prefix, table_keys, table_references
from services.nl_to_sql.offline.coltypes import calls_it, is_date, is_flag, is_key_like, is_numeric, is_text
from services.nl_to_sql.offline.labels import handle_column, initial_words, row_code, row_labels
from services.nl_to_sql.offline.lexwords import (
    ABBREVIATIONS,
    FLAG_OPPOSITES,
    GENERIC,
    MONEY,
    NAME_SHORTHANDS,
    PERSON_NAME_PARTS,
    ROLE_WORDS,
    SYNONYMS,
    TABLE_SUFFIXES,
    UNIT_WORDS,
    WHOLE_WORDS,
)
from services.nl_to_sql.offline.normalise import FILLER, Token, is_verb_form, root, stem
from services.nl_to_sql.offline.wordverbs import agent_nouns, event_verbs
from services.nl_to_sql.schema import Column, Schema, Table
from services.nl_to_sql.text import identifier_words
from services.nl_to_sql.wordforms import DURATION_UNITS

_LINKING = ("in", "of", "to", "at", "for", "per", "and")
_PREPOSITIONS = {*_LINKING, "on", "by", "from", "until", "since", "with"}
_COMMANDS = {"list", "show", "find", "give", "display", "tell", "get"}   # a first word, never a column (`listed_on`)
_OWNERS = {"the", "its", "their", "his", "her", "whose", "s", "'s"}   # "its lead": the role, not "leads"


def _joins_two_tables(words: list[str], singles: set[str]) -> bool:
    """`singer_in_concert`, `player_of_team`: a bridge named after the two tables it links."""
    return len(words) == 3 and words[1].lower() in _LINKING and {root(words[0]), root(words[2])} <= singles


@dataclass
class Mention:
    start: int
    end: int                                          # exclusive
    tables: list[str] = field(default_factory=list)
    columns: list[tuple[str, str]] = field(default_factory=list)
    values: list[tuple[str, str, str]] = field(default_factory=list)   # (table, column, stored value)
    exact: set[tuple[str, str]] = field(default_factory=set)          # columns named in full

    def text(self, tokens: list[Token]) -> str:
        return " ".join(t.text for t in tokens[self.start:self.end])


def _links(schema: Schema) -> dict[str, dict[str, str]]:
    """A table -> the other tables it refers to, by its one-column referring column."""
    linked: dict[str, dict[str, str]] = {}
    for e in join_edges(schema):
        if e.left_table != e.right_table and len(e.left_columns) == 1:
            linked.setdefault(e.left_table, {})[e.left_columns[0]] = e.right_table
    return linked


def _code_keys(schema: Schema) -> dict[str, str]:
    """Tables without a key column whose bare `code` column names their rows (`airports.code`): that column
    identifies them, so a grouping or a "which" shows it beside the name (names need not be unique)."""
    out = {}
    for key, table in schema.tables.items():
        codes = [c.name for c in table.columns if c.name.lower() == "code"]
        if not table.primary_key and len(codes) == 1:
            out[key] = codes[0]
    return out


class Lexicon:
    """The phrases of one schema (built once per schema object, see `lexicon_for`)."""

    def __init__(self, schema: Schema):
        self.schema = schema
        self.prefix = common_prefix(schema)
        self.keys = _code_keys(schema) | table_keys(schema)
        self.table_words = {k: self.words(t.name) for k, t in schema.tables.items()}
        self.by_first: dict[str, list[tuple[tuple[str, ...], str, str | None, bool]]] = {}
        # a flag's opposite word ("female" of Is_male): the flag false
        self.opposites: dict[tuple[str, str], tuple[str, ...]] = {}
        vocabulary = {w for ws in self.table_words.values() for w in ws}
        self.vocabulary = vocabulary
        self._prefixes: dict[str, str] = {}          # "inv" -> "invoice": a table word it abbreviates
        for word in sorted(vocabulary):
            for n in range(3, len(word) - 1):
                self._prefixes.setdefault(word[:n], word)
        self.column_owners: dict[str, set[str]] = {}   # a column word's root -> its tables' word roots
        for key, t in schema.tables.items():
            for c in t.columns:
                for w in self.words(c.name):
                    self.column_owners.setdefault(root(w.lower()), set()).update(
                        root(x.lower()) for x in self.table_words[key])
        self.figures: dict[str, str] = {}            # a table -> the one number its name names ("rating": stars)
        self.row_nouns: dict[str, str] = {}          # a table -> the column naming its rows (rownouns.py)
        self.agents: dict[str, tuple[str, str]] = {}   # `follows` -> ("follower", the followers' table)
        self.role_refs: set[tuple[str, str]] = set()   # references named by their role alone ("lead")
        self.table_roots = {tuple(root(w) for w in ws) for ws in self.table_words.values()} | \
            {(root(ws[-1]),) for ws in self.table_words.values() if ws}
        references = table_references(schema)
        singles = {root(ws[0]) for ws in self.table_words.values() if len(ws) == 1}
        for key, words in self.table_words.items():
            if not _joins_two_tables(words, singles):     # "singers in concerts" are singers, not the bridge
                self._add(tuple(root(w) for w in words), key, None, True)
                if len(words) == 3 and words[1].lower() in ("of", "in") and root(words[0]) not in singles or \
                        len(words) == 2 and root(words[1]) in singles and root(words[0]) not in singles | FILLER:
                    self._add((root(words[0]),), key, None, False)   # `member_of_club`, `visits_restaurant`
                    self._add((root(words[-1]), root(words[0])), key, None, False)   # "restaurant visits"
            if len(words) > 1 and words[-1].lower() not in _LINKING and words[-1].lower() not in FILLER:
                self._add((root(words[-1]),), key, None, False)   # not "in" of `lives_in`
            if len(words) > 1 and words[-1].lower() in TABLE_SUFFIXES:
                self._add(tuple(root(w) for w in words[:-1]), key, None, False)   # cars_data: "cars"
            for syn in SYNONYMS.get(root(words[-1]), []):
                self._add(tuple(root(w) for w in words[:-1]) + (root(syn),), key, None, False)
            if len(words) == 1 and root(words[0]).endswith(("member", "owner", "partner")):
                self._add((root(words[0]) + "ship",), key, None, False)   # `members`: "their membership"
            for column in schema.tables[key].columns:
                if (key, column.name) not in references:
                    self._add_column(key, column)
            self._add_compound_tail(key, words)
            self._add_commented_figure(key, words)
            for verb in event_verbs(words):               # `advisor`: "advised"; `treatments`: "treated"
                self._add((root(verb),), key, None, False)
        self.refers = {k: set(v.values()) for k, v in _links(schema).items()}
        self._add_agent_rows(schema)
        handled = [k for k in schema.tables if handle_column(self, k) is not None]
        if len(handled) == 1 and ("user",) not in self.table_roots:
            self._add(("user",), handled[0], None, False)  # `listeners(username)`: the users

    def _add_agent_rows(self, schema: Schema) -> None:
        """`follows(listener_id, artist_id)`: an artist's "followers" are its rows, when no table,
        column or synonym is called so."""
        linked = _links(schema)
        said = {root(w) for words in SYNONYMS.values() for w in words}
        for key, words in self.table_words.items():
            refs = linked.get(key, {})
            if len(words) != 1 or len(set(refs.values())) != 2:
                continue
            base = stem(words[0])
            agent = root(base + ("r" if base.endswith("e") else "er"))
            if (agent,) not in self.table_roots and agent not in self.column_owners and agent not in said:
                self._add((agent,), key, None, False)
                first = next(c.name for c in schema.tables[key].columns if c.name in refs)
                self.agents[key] = (agent, refs[first])     # the first reference is who follows

    def _add_compound_tail(self, key: str, words: list[str]) -> None:
        """"rooms" for `classroom` whose columns speak of the room (`room_number`): a compound's tail."""
        last = words[-1].lower() if words else ""
        for column in self.schema.tables[key].columns:
            first = self.words(column.name)[0].lower()
            if len(first) >= 4 and last.endswith(first) and last != first:
                self._add((root(first),), key, None, False)
                return

    def _add_commented_figure(self, key: str, words: list[str]) -> None:
        """"rating" of `rating(stars, votes)` whose `stars` is commented "average user rating": `stars`."""
        said = tuple(root(w) for w in words)
        hits = [c for c in self.schema.tables[key].columns if is_numeric(c) and c.comment and
                len(said) == 1 and calls_it(said[0], c.comment)]
        if len(hits) == 1:
            self._add(said, key, hits[0].name, False)
            self.figures[key] = hits[0].name

    def words(self, identifier: str) -> list[str]:
        out: list[str] = []
        for w in identifier_words(strip_prefix(identifier, self.prefix)):
            out.extend(NAME_SHORTHANDS.get(w.lower(), (w,)))
        return out

    def _expand(self, word: str) -> str:
        if word in ABBREVIATIONS:
            return ABBREVIATIONS[word]
        if word in WHOLE_WORDS:                      # host.age beside `agents`: an age, not an agent
            return word
        return self._prefixes.get(word, word) if word not in self.vocabulary else word

    def _add(self, roots: tuple[str, ...], table: str, column: str | None, exact: bool) -> None:
        if roots:
            self.by_first.setdefault(roots[0], []).append((roots, table, column, exact))

    def _add_column(self, key: str, column: Column) -> None:
        raw = initial_words(self.words(column.name), self.table_words[key])
        words = [self._expand(w) for w in raw]
        if [root(w) for w in words] == ["id"]:
            self._add(("id",), key, column.name, False)
            return
        variants = {tuple(words): True, tuple(raw): True}
        if len(words) > 2 and words[-1].isdigit() or "in" in words[1:-1]:   # area_km_2, budget_in_billions
            variants.setdefault(tuple(words[:words.index("in")] if "in" in words[1:-1] else words[:-1]), False)
        for noun in agent_nouns(words):               # directed_by: "director", written_by: "writer"
            variants.setdefault((noun,), False)
        if words[0] == "number" and len(words) > 1 and words[1] != "of":
            variants.setdefault(("number", "of", *words[1:]), True)   # Number_products: "number of products"
        if words[-1] == "count" and len(words) > 1 and is_numeric(column):
            variants.setdefault(("number", "of", *words[:-1]), True)  # bedroom_count: "number of bedrooms"
        if words[0] == "number" and len(words) > 1 and is_numeric(column):
            variants.setdefault(tuple(w for w in words[1:] if w != "of"), False)   # "the most products"
        if len(words) == 3 and words[0] in ROLE_WORDS and words[2] == "id" and (root(words[1]),) in self.table_roots:
            self._add((root(words[0]),), key, column.name, False)     # lead_user_id: "its lead", not "leads"
            self.role_refs.add((key, column.name))
        if words[0] in ("min", "max") and len(words) > 1:
            variants.setdefault(("minimum" if words[0] == "min" else "maximum", *words[1:]), True)
        own = self.table_words[key]
        if len(words) > len(own) and [root(w) for w in words[:len(own)]] == [root(w) for w in own]:
            rest = tuple(words[len(own):])                           # customer_name of customers: "name"
        elif len(words) > 1 and root(words[0]) == root(own[-1]):
            rest = tuple(words[1:])                                  # InvAmount of invoices: "amount"
        else:
            rest = ()
        if rest and rest[0] not in _PREPOSITIONS:                   # booked_at of bookings: never "at"
            variants.setdefault(rest, False)
        if len(words) >= 3 and words[-1] not in GENERIC and words[-2] not in _LINKING:
            variants.setdefault(tuple(words[-2:]), False)            # Song_release_year: "release year"
        siblings = {tuple(self._expand(w) for w in self.words(c.name)) for c in self.schema.tables[key].columns}
        for v in list(variants):
            head = tuple(root(w) for w in v[:-1])
            if len(v) > 1 and v[-1] in UNIT_WORDS and head not in self.table_roots and \
                    not (is_date(column) and (*v[:-1], "name") in siblings):
                variants.setdefault(v[:-1], False)                   # distance_km: "distance"
            if len(v) > 1 and v[-1] == "name" and is_text(column) and head not in self.table_roots and \
                    not PERSON_NAME_PARTS & set(v[:-1]):
                variants.setdefault(v[:-1], False)                   # tourney_name: "tournament"
            if len(v) > 1 and v[-1] in DURATION_UNITS and v[-2] not in GENERIC:
                variants.setdefault(v[:-1], False)                   # runtime_minutes: "runtime"
            content = tuple(w for w in v if w not in ("of", "in", "the"))
            if len(content) > 1 and content[-1] not in GENERIC | UNIT_WORDS | _PREPOSITIONS and \
                    (content[0] not in GENERIC or content[0] == "total"):
                variants.setdefault(content[-1:], False)             # unit_price: "price"
        for v in list(variants):
            for k, w in enumerate(v):
                if len(w) > 4 and w.endswith(("up", "out")) and w not in self.vocabulary:
                    cut = 2 if w.endswith("up") else 3       # signup_date: "signed up"
                    variants.setdefault(v[:k] + (w[:-cut], w[-cut:]) + v[k + 1:], False)
        for v in list(variants):
            if len(v) == 1 and v[0].endswith("ate") and len(v[0]) > 6:
                variants.setdefault((v[0][:-1] + "ion",), False)   # Accelerate: "acceleration"
            if len(v) == 1 and v[0].endswith("ure") and len(v[0]) > 6:
                variants.setdefault((v[0][:-3],), False)        # departure_date: "departing"
        if "of" in words[1:-1]:                      # cost_of_treatment: "cost", "treatment cost"
            k = words.index("of")
            head, tail = tuple(words[:k]), tuple(words[k + 1:])
            if head[-1] not in GENERIC:
                variants.setdefault(head, False)
            variants.setdefault(tail + head, False)
        if is_date(column) and ({"birth", "dob"} & set(words) or words[-2:] == ["birth", "date"]):
            variants.setdefault(("born",), False)        # date_of_birth: "born in 2015"
        if is_date(column) and len(words) == 2 and words[0] == "date" and is_verb_form(words[1]):
            variants.setdefault((words[1],), False)      # date_arrived: "arrived"
            if words[1].endswith("ived"):
                variants.setdefault((words[1][:-2] + "al", "date"), False)   # "arrival date"
            if words[1].endswith("rted"):
                variants.setdefault((words[1][:-2] + "ure", "date"), False)  # "departure date"
        for v in list(variants):
            if len(v) == 1 and len(v[0]) > 4 and v[0].endswith("e") and is_date(column):
                variants.setdefault((v[0] + "d",), False)        # release_date: "released"
        if [root(w) for w in words] == ["email"]:
            variants.setdefault(("email", "address"), False)
        if [root(w) for w in words] in (["phone"], ["mobile"]):
            variants.setdefault((words[0], "number"), False)     # phone: "phone number"
        for v in list(variants):
            if len(v) > 1 and v[-1] == "no":
                variants.setdefault(v[:-1] + ("number",), False)     # flight_no: "flight number"
            if len(v) > 1 and v[-1] in ("on", "at") and is_date(column):
                variants.setdefault(v[:-1] + ("date",), False)       # opened_on: "opening date"
        if is_flag(column) and len(words) > 1 and words[0].lower() in ("is", "has"):
            variants.setdefault(tuple(words[1:]), False)                 # Is_male: "male singers"
            opposite = FLAG_OPPOSITES.get(" ".join(words[1:]).lower())
            if opposite:                                                 # ... and "female singers"
                self.opposites[(key, column.name)] = tuple(root(w) for w in opposite.split())
                self._add(self.opposites[(key, column.name)], key, column.name, False)
        for v, exact in variants.items():
            roots = tuple(root(w) for w in v)
            if roots and roots not in (("id",), ("no",)):      # wine."No": not the word "no"
                self._add(roots, key, column.name, exact)
                for syn in SYNONYMS.get(roots[-1], []):
                    self._add(roots[:-1] + (root(syn),), key, column.name, False)

    # -- lookups ------------------------------------------------------------------------------

    def table(self, key: str) -> Table:
        return self.schema.tables[key]

    def column(self, key: str, name: str) -> Column:
        col = self.schema.tables[key].column(name)
        assert col is not None
        return col

    def key_of(self, key: str) -> str | None:
        return self.keys.get(key)

    def labels(self, key: str) -> list[str]:
        """The columns that name a row (labels.py), or the noun column of rows named by it (rownouns.py)."""
        return [self.row_nouns[key]] if key in self.row_nouns else row_labels(self, key)

    def money_columns(self, key: str) -> list[str]:
        """The columns of a table that hold money ("total payments" may mean their sum)."""
        return [c.name for c in self.table(key).columns if is_numeric(c) and not is_key_like(c.name)
                and any(w in c.name.lower() for w in MONEY)]

    def norm_words(self, name: str) -> list[str]:
        return [self._expand(w) for w in self.words(name)]

    def identity(self, key: str) -> list[str]:
        """Key and label columns, the way a "which" question shows a row."""
        out = [self.keys[key]] if key in self.keys else []
        labels = [c for c in self.labels(key) if c not in out]
        code = row_code(self, key) if labels else None    # `lines`: line_code beside line_name
        return out + labels + ([code] if code is not None and code not in out + labels else [])

    def describe(self, keys: list[str], limit: int = 4) -> str:
        """A short, readable list of tables and a few columns, for refusal suggestions."""
        parts = []
        for key in keys[:limit]:
            words = " ".join(self.table_words[key])
            cols = [" ".join(self.norm_words(c.name)) for c in self.table(key).columns
                    if c.name != self.keys.get(key) and not c.name.lower().endswith("id")][:3]
            parts.append(f"{words} ({', '.join(cols)})" if cols else words)
        return "; ".join(parts)

    def find(self, tokens: list[Token]) -> list[Mention]:
        """Longest-first, left-to-right schema mentions."""
        out: list[Mention] = []
        i = 0
        while i < len(tokens):
            best: Mention | None = None
            if tokens[i].kind == "word" and not (i == 0 and tokens[i].lower in _COMMANDS):
                for roots, table, column, exact in self.by_first.get(tokens[i].stem, []):
                    n = len(roots)
                    span = tokens[i:i + n]
                    if len(span) != n or any(t.kind != "word" or t.stem != r for t, r in zip(span, roots)) or n == 1 \
                            and (table, column) in self.role_refs and (i == 0 or tokens[i - 1].lower not in _OWNERS):
                        continue
                    if best is None or n > best.end - best.start:
                        best = Mention(i, i + n)
                    if n == best.end - best.start:
                        if column is None and table not in best.tables:
                            best.tables.append(table)
                        elif column is not None and (table, column) not in best.columns:
                            best.columns.append((table, column))
                        if column is not None and exact:
                            best.exact.add((table, column))
            if best is not None and len(best.tables) > 1:
                best.tables = self._whole_names_first(tokens[best.start:best.end], best.tables)
            if best is not None:
                best = self._table_before_preposition(tokens, best)
            if best:
                out.append(best)
                i = best.end
            else:
                i += 1
        return out


    def _whole_names_first(self, span: list[Token], tables: list[str]) -> list[str]:
        """"pets" with tables `Pets` and `Has_Pet`: a table the words name in full is meant, not
        one whose name only ends with them; else a table the others refer to comes first."""
        said = tuple(t.stem for t in span)
        whole = [k for k in tables if tuple(root(w) for w in self.table_words[k]) == said]
        if whole:
            return whole
        # "competitions" of `farm_competition` and `competition_record` (a farm's place in one): the
        # table the others refer to is what they are about
        referred = [k for k in tables if any(k in self.refers.get(o, ()) for o in tables if o != k)]
        return referred + [k for k in tables if k not in referred]

    def _table_before_preposition(self, tokens: list[Token], best: Mention) -> Mention:
        """"bookings on cancelled flights" names the bookings table, not `booked_on`: a plural noun
        and a preposition are a table and a preposition, not a column named "<verb> on"."""
        i, end = best.start, best.end
        if best.tables or not best.columns or end - i < 2 or tokens[end - 1].stem not in ("on", "at") or \
                tokens[end - 2].lower == tokens[end - 2].stem:
            return best
        shorter = self.find(tokens[i:end - 1])
        if shorter and shorter[0].start == 0 and shorter[0].end == end - 1 - i and shorter[0].tables:
            return Mention(i, end - 1, tables=shorter[0].tables, columns=shorter[0].columns)
        return best


_CACHE: dict[int, tuple[tuple[int, ...], Lexicon]] = {}


def lexicon_for(schema: Schema) -> Lexicon:
    """The lexicon of `schema`, cached until its tables change (schemas are long-lived objects)."""
    signature = tuple(map(id, schema.tables.values()))
    cached = _CACHE.get(id(schema))
    if cached is not None and cached[0] == signature:
        return cached[1]
    lex = Lexicon(schema)
    if len(_CACHE) > 64:
        _CACHE.clear()
    _CACHE[id(schema)] = (signature, lex)
    return lex
