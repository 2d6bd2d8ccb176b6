"""The lint gate: `make test` runs ruff and mypy, and a finding fails it. Checked on copies in a
temporary directory with the project's own configuration, never by editing the repository."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _project_copy(directory: Path, module: str) -> Path:
    """A one-module project under `directory` with the repository's ruff configuration."""
    package = directory / "gateway"
    package.mkdir(parents=True)
    shutil.copy(ROOT / "pyproject.toml", directory / "pyproject.toml")
    (package / "__init__.py").write_text("")
    (package / "example.py").write_text(module)
    return directory


def _ruff(directory: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "ruff"), "check", "."], cwd=directory, capture_output=True, text=True,
                          timeout=60)


def test_make_test_runs_the_lint_gate():
    dry = subprocess.run(["make", "-n", "test"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert dry.returncode == 0, dry.stderr
    assert "ruff check ." in dry.stdout and "mypy" in dry.stdout


def test_a_deliberate_unused_import_fails_ruff(tmp_path):
    clean = '"""A module."""\nimport os\n\nCWD = os.getcwd()\n'
    assert _ruff(_project_copy(tmp_path / "clean", clean)).returncode == 0
    unused = '"""A module."""\nimport json\nimport os\n\nCWD = os.getcwd()\n'
    found = _ruff(_project_copy(tmp_path / "unused", unused))
    assert found.returncode == 1 and "F401" in found.stdout and "json" in found.stdout


def test_a_type_error_fails_mypy_under_the_project_config(tmp_path):
    module = tmp_path / "typed.py"
    module.write_text("def twice(n: int) -> int:\n    return n * 2\n\n\nHALF: str = twice(2)\n")
    done = subprocess.run([str(BIN / "mypy"), "--config-file", str(ROOT / "pyproject.toml"), "--no-incremental",
                           str(module)], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 1 and "Incompatible types in assignment" in done.stdout, done.stdout
