"""docs/architecture.md is the design the code cites: every citation names one of its headings,
and no citation of the old, absent design document is left."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "architecture.md"
SOURCES = ("contracts", "runtime", "broker", "controldb", "services", "gateway", "scripts", "docs", "bench")


def anchor(heading: str) -> str:
    """GitHub's anchor for a heading: lowercase, punctuation dropped, spaces to dashes."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors() -> set[str]:
    return {anchor(line.lstrip("#")) for line in DOC.read_text().splitlines() if line.startswith("#")}


def files() -> list[Path]:
    found = [ROOT / "README.md"]
    for package in SOURCES:
        found += [p for p in (ROOT / package).rglob("*") if p.suffix in (".py", ".md")]
    return found


def test_every_citation_names_a_heading():
    known = anchors()
    cited: list[tuple[str, str]] = []
    for path in files():
        text = path.read_text()
        for match in re.finditer(r"architecture\.md\)?\s*\(?#([\w-]+)((?:, #[\w-]+)*)", text):
            names = [match.group(1)] + re.findall(r"#([\w-]+)", match.group(2))
            cited += [(str(path.relative_to(ROOT)), name) for name in names]
    assert len(cited) >= 20
    missing = [(where, name) for where, name in cited if name not in known]
    assert not missing, missing


def test_no_citation_of_the_old_design_document_is_left():
    stale = [str(p.relative_to(ROOT)) for p in files() if "DESIGN §" in p.read_text()]
    assert not stale, stale


def test_the_document_covers_its_parts():
    known = anchors()
    for part in ("shape", "status-message", "destinations", "rest", "commands", "layering",
                 "where-each-kind-of-change-belongs", "gates"):
        assert part in known, part
