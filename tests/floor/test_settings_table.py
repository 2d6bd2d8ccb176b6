"""README's configuration table is the settings classes' (make docs), and names every variable
the code reads."""
from __future__ import annotations

import re
from pathlib import Path

from scripts import settings_table
from services.executor.settings import ExecutorSettings

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("contracts", "runtime", "broker", "controldb", "services", "gateway", "scripts")
VARIABLE = re.compile(r"QUERYCAST_[A-Z][A-Z0-9_]*[A-Z0-9](?![A-Z0-9_*])")  # not a prefix like QUERYCAST_STOMP_*


def test_readme_table_matches_the_settings_classes():
    readme = settings_table.README.read_text()
    assert settings_table.rendered(readme) == readme, "README.md's table is stale: run `make docs`"


def test_a_changed_description_makes_the_table_stale(monkeypatch):
    field = ExecutorSettings.model_fields["concurrency"]
    monkeypatch.setattr(field, "description", "a different meaning")
    readme = settings_table.README.read_text()
    changed = settings_table.rendered(readme)
    assert changed != readme and "a different meaning" in changed


def test_every_variable_the_code_names_is_in_the_readme():
    readme = settings_table.README.read_text()
    named = {name for package in SOURCES for path in (ROOT / package).rglob("*.py")
             for name in VARIABLE.findall(path.read_text())}
    missing = sorted(name for name in named if f"`{name}`" not in readme)
    assert not missing, f"not in README's configuration table: {missing}"


def test_check_mode_agrees():
    assert settings_table.main(["--check"]) == 0
