"""One typed settings mechanism for every querycast process (pydantic-settings).

Each area keeps its own settings class in its own module (`services/executor/settings.py`, ...),
a subclass of `QuerycastSettings` whose fields are declared with `setting(...)`, which names the
environment variable explicitly (so `grep QUERYCAST_X` finds where it is read). Rules, shared by
every class: an empty variable counts as unset; booleans are written one way (`Flag`); a bad
value raises `SettingsError` with one line naming the variable, the value (secrets masked) and
what is allowed, and `runtime.cli` turns that into exit code 2.

Constructing a class directly (`ExecutorSettings(concurrency=2)`) uses the defaults and the
arguments only; `from_env(env)` reads the environment (or the mapping given) as well.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from contextvars import ContextVar
from typing import Annotated, Any, ClassVar, Literal, TypeVar
from urllib.parse import urlsplit, urlunsplit

from pydantic import BeforeValidator, Field, JsonValue, ValidationError
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

PREFIX = "QUERYCAST_"
# Variables that keep the name their own ecosystem gives them.
FOREIGN_NAMES = frozenset({"ANTHROPIC_API_KEY"})
TRUE_WORDS = ("true", "1", "yes", "on")
FALSE_WORDS = ("false", "0", "no", "off")
FLAG_SYNTAX = "true/false, 1/0, yes/no or on/off"
MASK = "***"

DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/querycast"


class SettingsError(ValueError):
    """A configuration value is not allowed; `str()` is the one line to show the operator."""

    def __init__(self, message: str, variable: str | None = None):
        super().__init__(message)
        self.variable = variable


def parse_flag(value: Any) -> Any:
    if isinstance(value, str):
        word = value.strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise ValueError(f"expected {FLAG_SYNTAX}")
    return value


def split_list(value: Any) -> Any:
    """`a, b,c` -> ("a", "b", "c"); empty parts are dropped."""
    if isinstance(value, str):
        return tuple(part.strip() for part in value.split(",") if part.strip())
    return value


def upper(value: Any) -> Any:
    return value.strip().upper() if isinstance(value, str) else value


def lower(value: Any) -> Any:
    return value.strip().lower() if isinstance(value, str) else value


Flag = Annotated[bool, BeforeValidator(parse_flag)]
CommaList = Annotated[tuple[str, ...], BeforeValidator(split_list)]
Port = Annotated[int, Field(ge=1, le=65535)]


def setting(default: Any = ..., description: str = "", *, env: str | None = None, secret: bool = False,
            doc_default: str | None = None, **constraints: Any) -> Any:
    """A settings field read from the variable `env` (None: not read from the environment).
    `secret` masks the value in errors and repr; `doc_default` is what the README shows as
    the default when the value itself says little (e.g. "random per process")."""
    extra: dict[str, JsonValue] = {"env": env, "secret": secret, "doc_default": doc_default}
    return Field(default, description=description, json_schema_extra=extra, repr=not secret, **constraints)


def field_env(field: FieldInfo) -> str | None:
    extra = field.json_schema_extra
    return extra.get("env") if isinstance(extra, dict) else None  # type: ignore[return-value]


def field_is_secret(field: FieldInfo) -> bool:
    extra = field.json_schema_extra
    return bool(extra.get("secret")) if isinstance(extra, dict) else False


def mask(value: Any, secret: bool) -> str:
    """The value as it may appear in a message: secrets hidden, URL passwords hidden."""
    if secret:
        return MASK
    text = str(value)
    try:
        parts = urlsplit(text)
    except ValueError:
        return text
    if parts.password:
        host = parts.netloc.rsplit("@", 1)[-1]
        return urlunsplit(parts._replace(netloc=f"{parts.username}:{MASK}@{host}"))
    return text


# The environment `from_env` reads; unset for plain construction.
_ENVIRON: ContextVar[Mapping[str, str] | None] = ContextVar("querycast_settings_environ", default=None)


class _EnvironmentSource(PydanticBaseSettingsSource):
    """Each field's own variable (see `setting`), from the mapping `from_env` was given."""

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        environ = _ENVIRON.get() or {}
        name = field_env(field)
        return (environ.get(name) if name else None), field_name, False

    def __call__(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for field_name, field in self.settings_cls.model_fields.items():
            value, _, _ = self.get_field_value(field, field_name)
            if value is not None and value != "":
                values[field_name] = value
        return values


S = TypeVar("S", bound="QuerycastSettings")


class QuerycastSettings(BaseSettings):
    model_config = SettingsConfigDict(frozen=True, extra="ignore", arbitrary_types_allowed=True)
    # The README section the class's variables are listed in, and where the section goes.
    section: ClassVar[str] = ""
    section_order: ClassVar[int] = 50

    @classmethod
    def settings_customise_sources(cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
                                   env_settings: PydanticBaseSettingsSource,
                                   dotenv_settings: PydanticBaseSettingsSource,
                                   file_secret_settings: PydanticBaseSettingsSource,
                                   ) -> tuple[PydanticBaseSettingsSource, ...]:
        return init_settings, _EnvironmentSource(settings_cls)

    @classmethod
    def from_env(cls: type[S], env: Mapping[str, str] | None = None, **overrides: Any) -> S:
        """Read the environment (or `env`); keyword arguments that are not None win."""
        environ = os.environ if env is None else env
        token = _ENVIRON.set(environ)
        try:
            return cls(**{key: value for key, value in overrides.items() if value is not None})
        except ValidationError as exc:
            raise settings_error(cls, exc, environ) from None
        finally:
            _ENVIRON.reset(token)

    def __repr_args__(self) -> Any:
        """repr() never shows a password inside a URL (secret fields are left out altogether)."""
        for name, value in super().__repr_args__():
            yield name, mask(value, secret=False) if isinstance(value, str) and "://" in value else value

    def replace(self: S, **changes: Any) -> S:
        """A copy with `changes` applied and validated like any other value."""
        return type(self)(**{**dict(self), **changes})

    @classmethod
    def variables(cls) -> list[tuple[str, FieldInfo]]:
        """(variable, field) for every field read from the environment, in declaration order."""
        return [(name, field) for field in cls.model_fields.values() if (name := field_env(field))]


def allowed(field: FieldInfo) -> str:
    """What a field accepts, in words, from its annotation and constraints."""
    annotation = field.annotation
    metadata = list(field.metadata)
    if any(getattr(m, "func", None) is parse_flag for m in metadata):
        return FLAG_SYNTAX
    bounds = {}
    for m in metadata:
        for key in ("ge", "gt", "le", "lt"):
            if getattr(m, key, None) is not None:
                bounds[key] = getattr(m, key)
    choices = _choices(annotation)
    if choices:
        return "one of " + ", ".join(choices)
    kind = {int: "an integer", float: "a number"}.get(_base(annotation), "a value")
    if "ge" in bounds and "le" in bounds:
        return f"{kind} from {bounds['ge']} to {bounds['le']}"
    words = {"ge": ">=", "gt": ">", "le": "<=", "lt": "<"}
    limits = " and ".join(f"{words[key]} {value}" for key, value in bounds.items())
    return f"{kind} {limits}".strip()


def _base(annotation: Any) -> Any:
    args = [a for a in getattr(annotation, "__args__", ()) if a is not type(None)]
    return args[0] if len(args) == 1 and getattr(annotation, "__origin__", None) is not Literal else annotation


def _choices(annotation: Any) -> tuple[str, ...]:
    annotation = _base(annotation)
    if getattr(annotation, "__origin__", None) is Literal:
        return tuple(str(a) for a in annotation.__args__)
    if isinstance(annotation, type) and hasattr(annotation, "__members__"):
        return tuple(str(member.value) for member in annotation)  # type: ignore[attr-defined]
    return ()


def settings_error(cls: type[QuerycastSettings], exc: ValidationError,
                   environ: Mapping[str, str] | None = None) -> SettingsError:
    """The first error of `exc` as one line: variable, masked value (as written), what is allowed."""
    error = exc.errors()[0]
    loc = error.get("loc") or ()
    field = cls.model_fields.get(str(loc[0])) if loc else None
    message = str(error.get("msg", "invalid value")).removeprefix("Value error, ")
    if field is None:  # a rule over several variables: its message names them
        return SettingsError(message)
    variable = field_env(field) or str(loc[0])
    written = (environ or {}).get(variable) or error.get("input")
    shown = mask(written, field_is_secret(field))
    if error.get("type") == "value_error":
        return SettingsError(f"{variable}={shown!r} is not allowed: {message}", variable)
    return SettingsError(f"{variable}={shown!r} is not allowed: expected {allowed(field)}", variable)


class RuntimeSettings(QuerycastSettings):
    """What every process reads: the control database, local state, logging."""

    section: ClassVar[str] = "Every process"
    section_order: ClassVar[int] = 0

    database_url: str = setting(DEFAULT_DATABASE_URL, "control database (registry, users, history)",
                                env="QUERYCAST_DATABASE_URL")
    data_dir: str = setting(".data", "chromadb index and local state", env="QUERYCAST_DATA_DIR")
    log_level: Annotated[Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"], BeforeValidator(upper)] = setting(
        "INFO", "JSON logs to stderr at this level", env="QUERYCAST_LOG_LEVEL")


def database_url(env: Mapping[str, str] | None = None) -> str:
    """The control database: registry, users, status history."""
    return RuntimeSettings.from_env(env).database_url


def data_dir(env: Mapping[str, str] | None = None) -> str:
    return RuntimeSettings.from_env(env).data_dir
