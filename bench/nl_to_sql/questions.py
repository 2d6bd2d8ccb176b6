"""The eval's question sets (bench/nl_eval/<schema>.txt) and seed scripts (<schema>.sql).

A question file holds blocks of `Q: <question>` followed by its gold SQL, or by `REFUSE` when the
schema cannot answer it (then answering at all is wrong). Lines starting with `#` are comments.
The development / held-out split is fixed by a hash of the question text, so nobody picks which
questions land in which half. The schemas of DEV_ONLY were written later as probe material for the
offline engine: all their questions are development questions, never held out.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "nl_eval"
# geo (US geography, GeoQuery-style: text state names as join keys, no declared keys) and tennis (players
# and matches with two paths, a keyless concert cluster) are development-only probe material like clinic and
# library: their questions were written before the engine was run on them. Library stays last so that the
# last development question stays library's.
SCHEMAS = ("shop", "hr", "university", "flights", "ledger", "clinic", "geo", "tennis", "library")
# Probe sets outside the default run (`--schemas cars,movies`): cars (a keyless car_1-like cluster joined through
# oddly named columns beside a Chinook-like music cluster) has joins that neither names nor sampled values
# show (`cars_data."Id"` = `car_names."MakeId"`, a text `Model` matched to a non-key column), so the
# properties the tests hold the default sets to (every gold join among the prompt's edges, padded recall
# >= 0.99) are not claimed for it; docs/nl-to-sql.md, "Cars probe round". movies (an IMDB-like cluster in
# schema `cinema`, a keyless college cluster) still misses a gold table in two prompts (retrieval), see
# "Movies probe round".
# pets (a dog-kennel cluster in schema `kennel` with some keys undeclared, a world and an orchestra cluster
# without keys) and venues (an employee-hiring cluster in schema `hire`, a museum cluster with quoted mixed-case
# columns, a TV cluster keyed by text) and farms (a farm-competition cluster in schema `agri`, departments and
# their heads, products and sales, parties and elections) were written in session 12 by someone who had not read
# the engine, before it was run on them; rentals (apartment lettings in schema `lettings`, insurance policies and
# claims, a keyless scientists cluster) and racing (a Formula-1-like cluster in schema `motor`, football matches
# with home and away teams, a keyless poker cluster), campus (Spider's dorm_1, club_1 and restaurant_1 style),
# company (company_1 in schema `corp`, news_report, train_station) and market (a marketplace in schema
# `shopfront`, wine_1, gymnast) likewise in session 13; bikes (bike_1-like in schema `cycle`, battles and
# ships, keyless perpetrators), scholar (academic publishing in schema `pubs`, debates, a keyless magazine
# committee), finance (retail banking in schema `bank`, keyless insurance claims, phone markets),
# registrar (college_2-like in schema `reg`, weddings, keyless faculty activities) and logistics (parcel
# shipments in schema `ship`, keyless device stock, employee evaluations) in session 14; hotels (stays in schema
# `stay`, a keyless cinema cluster, musicals), helpdesk (support tickets in schema `support`, keyless wrestlers,
# parties and hosts), transit (city lines in schema `transit`, keyless trains, aircraft and pilots), league
# (basketball in schema `hoops`, keyless climbers, school buses) and eats (food delivery in schema `eats`, keyless
# books and publishers, coffee shops) in session 15; music (streaming in schema `tunes`, keyless radio stations, a
# festival lineup) and gym (a fitness club in schema `fitness`, keyless marathon results, an equipment supplier)
# in session 16, and school (a secondary school in schema `academy`, keyless county-school budgets, a canteen)
# later in session 16, and events (a tech conference in schema `confer`, keyless workshop submissions, catering);
# realty (an estate agency in schema `realty`, a keyless film festival, a dental practice) and elearn (an
# online-course platform in schema `learn`, keyless architects and bridges, a car park) in session 17; tracker
# (an issue tracker in schema `tracker`, keyless power plants, a charity) and crm (a sales CRM in schema `crm`,
# keyless video games and players, a zoo) in session 18; insurance (an insurer in schema `insure`, a staff
# cafeteria), streaming (a video-streaming service) and factory (a manufacturer) in session 19.
PROBE_ONLY = ("cars", "movies", "pets", "venues", "farms", "rentals", "racing", "campus", "company", "market",
              "bikes", "scholar", "finance", "registrar", "logistics",
              "hotels", "helpdesk", "transit", "league", "eats", "music", "gym", "school", "events",
              "realty", "elearn", "tracker", "crm", "insurance", "streaming", "factory")
DEV_ONLY = frozenset({"clinic", "geo", "library", "tennis", *PROBE_ONLY})
DEV, HELD_OUT = "dev", "held-out"
REFUSE = "REFUSE"


@dataclass(frozen=True)
class Question:
    schema: str
    text: str
    gold: str | None          # None: the question should be refused

    @property
    def split(self) -> str:
        if self.schema in DEV_ONLY:
            return DEV
        return DEV if hashlib.sha256(self.text.encode()).digest()[0] % 2 == 0 else HELD_OUT


def parse_questions(schema: str, text: str) -> list[Question]:
    questions: list[Question] = []
    current: str | None = None
    body: list[str] = []

    def flush() -> None:
        if current is None:
            return
        sql = "\n".join(body).strip().rstrip(";").strip()
        if not sql:
            raise ValueError(f"{schema}: question {current!r} has no gold SQL (or REFUSE)")
        questions.append(Question(schema, current, None if sql == REFUSE else sql))

    for line in text.splitlines():
        if line.startswith("#"):
            continue
        if line.startswith("Q:"):
            flush()
            current, body = line[2:].strip(), []
        elif current is not None:
            body.append(line)
    flush()
    return questions


def load(schemas: tuple[str, ...] = SCHEMAS, split: str | None = None, data: Path = DATA) -> list[Question]:
    out = []
    for schema in schemas:
        out += parse_questions(schema, (data / f"{schema}.txt").read_text())
    return [q for q in out if split in (None, q.split)]


def seed_script(schema: str, data: Path = DATA) -> str | None:
    """The SQL that creates and fills `schema`; None for the demo shop (services.demo.seed)."""
    path = data / f"{schema}.sql"
    return path.read_text() if path.exists() else None
