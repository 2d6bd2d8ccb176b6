"""What every entry point shares: `--help` that lists the variables the command reads (without
connecting to anything), and a bad setting reported as one line with exit code 2."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, NoReturn

from runtime.settings import QuerycastSettings, SettingsError, field_is_secret

EXIT_BAD_SETTING = 2


def default_text(field: Any) -> str:
    extra = field.json_schema_extra if isinstance(field.json_schema_extra, dict) else {}
    if extra.get("doc_default"):
        return str(extra["doc_default"])
    if field_is_secret(field) or field.default in (None, "", ()):
        return "unset"
    value = getattr(field.default, "value", field.default)  # an Enum member shows its value
    if isinstance(value, bool):
        return str(value).lower()
    return f"{value:g}" if isinstance(value, float) else str(value)


def variables(classes: Iterable[type[QuerycastSettings]]) -> list[tuple[str, str, str]]:
    """(variable, default, description) of every variable the classes read, first one wins."""
    seen: dict[str, tuple[str, str, str]] = {}
    for cls in classes:
        for name, field in cls.variables():
            seen.setdefault(name, (name, default_text(field), field.description or ""))
    return list(seen.values())


def environment_help(classes: Iterable[type[QuerycastSettings]], extra: Sequence[tuple[str, str, str]] = ()) -> str:
    rows = variables(classes) + list(extra)
    width = max((len(name) for name, _, _ in rows), default=0)
    lines = [f"  {name.ljust(width)}  {text} (default: {default})" for name, default, text in rows]
    return "environment variables:\n" + "\n".join(lines)


def parser(prog: str, description: str, classes: Iterable[type[QuerycastSettings]],
           extra: Sequence[tuple[str, str, str]] = ()) -> argparse.ArgumentParser:
    return argparse.ArgumentParser(prog=prog, description=description, epilog=environment_help(classes, extra),
                                   formatter_class=argparse.RawDescriptionHelpFormatter)


def fail(prog: str, error: BaseException) -> NoReturn:
    print(f"{prog}: {error}", file=sys.stderr)
    raise SystemExit(EXIT_BAD_SETTING)


def check(classes: Iterable[type[QuerycastSettings]], env: Mapping[str, str] | None = None) -> None:
    """Validate every class now, so a bad value stops the process before it starts anything."""
    for cls in classes:
        cls.from_env(env)


def guarded(prog: str, run: Callable[[], Any]) -> Any:
    try:
        return run()
    except SettingsError as error:
        fail(prog, error)


def run_command(prog: str, description: str, classes: Sequence[type[QuerycastSettings]],
                start: Callable[[], Any], argv: Sequence[str] | None = None) -> Any:
    """Parse argv (only --help), check the settings, then `start()`."""
    parser(prog, description, classes).parse_args(argv)

    def run() -> Any:
        check(classes)
        return start()

    return guarded(prog, run)
