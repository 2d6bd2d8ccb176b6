"""The word lists schema linking (linking.py) reads names with: abbreviations, everyday synonyms,
flag opposites, and the words a name may carry that say nothing of what it names."""
from __future__ import annotations

ABBREVIATIONS = {"dept": "department", "tot": "total", "cred": "credit", "qty": "quantity", "pct": "percent",
                 "amt": "amount", "num": "number", "desc": "description", "addr": "address", "cust": "customer",
                 "emp": "employee", "inv": "invoice", "pay": "payment", "acct": "account", "txn": "transaction",
                 "dob": "birth", "nr": "number", "cat": "category", "prod": "product", "mgr": "manager",
                 "tourney": "tournament", "loc": "location", "yr": "year", "avg": "average", "apt": "apartment",
                 "super": "supervisor"}
SYNONYMS = {"customer": ["client", "buyer", "shopper"], "employee": ["staff", "worker", "employe"],
            "staff": ["employee", "worker"],
            "store": ["shop", "branch"], "shop": ["store"],
            "order": ["purchase", "sale", "sell"], "instructor": ["professor", "teacher",
                                                                                        "lecturer"],
            "salary": ["pay", "wage", "earning"], "student": ["pupil"], "take": ["enrolment", "enrollment"],
            "quantity": ["unit"], "passenger": ["traveller", "traveler"], "fare": ["price"],
            "flight": ["trip"], "item": ["line"], "memo": ["description"], "price": ["cost"], "distance": ["length"],
            "hire": ["join"], "loan": ["borrow", "lend", "lent"], "fee": ["charge", "charg"],
            "population": ["people", "inhabitant", "resident", "populous"], "percent": ["percentage"],
            "track": ["song"], "album": ["release"], "program": ["programme", "show"], "signup": ["join"],
            "account": ["customer", "subscriber"]}
# `Fname`, `LName`: a person's first and last name, as benchmark schemas often spell them.
PAIRS = (("male", "female"), ("active", "inactive"), ("available", "unavailable"), ("married", "unmarried"),
          ("paid", "unpaid"), ("public", "private"), ("online", "offline"), ("open", "closed"),
          ("enabled", "disabled"), ("visible", "hidden"), ("valid", "invalid"), ("verified", "unverified"),
          ("completed", "incomplete"), ("approved", "unapproved"), ("employed", "unemployed"))
FLAG_OPPOSITES = {a: b for pair in PAIRS for a, b in (pair, pair[::-1])}
# `first_name`, `last_name`: parts of a person's name, not names of a first or a last thing.
PERSON_NAME_PARTS = {"first", "last", "middle", "full", "nick", "given", "family", "sur", "user", "display",
                      "maiden", "legal", "short", "long", "login", "screen"}
# Words a table's name may end with that say nothing about its rows (`cars_data` holds cars).
TABLE_SUFFIXES = {"data", "info", "information", "details", "detail", "records", "record", "log", "tbl", "table",
                  "list"}
NAME_SHORTHANDS = {"fname": ("first", "name"), "lname": ("last", "name"), "bdate": ("birth", "date")}
# Trailing words that only say what kind of value a column holds.
UNIT_WORDS = {"date", "at", "on", "km", "pct", "percent", "no", "number", "amount", "code", "id", "num", "time",
               "year", "count", "ssn", "kg", "cm", "mm", "lb", "lbs", "mi", "ft", "usd", "eur", "gbp", "f", "c"}
MONEY = ("amount", "fare", "price", "cost", "value", "revenue", "total", "paid", "budget", "salary", "balance")
# column words that are whole words though a table's word starts with them (`agents`, `rates`, `policyholders`)
WHOLE_WORDS = {"age", "rate", "policy", "name", "date", "type", "time", "year", "code", "role", "area", "city",
                "size", "star", "note", "cost", "price", "team", "seat", "rating", "score", "level", "status"}
GENERIC = {"id", "name", "at", "on", "date", "in", "of", "is", "no", "code", "type", "number", "value", "time",
            "amount", "total", "min", "max", "minimum", "maximum", "avg"}
# the first word of a reference naming one row in a role (`mgr_ssn`, `lead_user_id`), not membership
ROLE_WORDS = {"mgr", "manager", "head", "super", "supervisor", "boss", "owner", "captain", "chair", "leader", "lead",
              "director", "president", "coach", "mentor", "creator", "founder", "host", "organizer", "referee"}
