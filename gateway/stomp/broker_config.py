"""What the gateway reads from the broker's own configuration (`rabbitmq.conf`).

The gateway's client frame limit defaults to Web-STOMP's `web_stomp.ws_opts.max_frame_size`, so
the proxy is never stricter than the broker it fronts (and never lets through what the broker
would cut off). The file is looked up at `QUERYCAST_RABBITMQ_CONF`, then `./rabbitmq.conf`
(the Docker image's working directory), then the repository's copy.
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import ClassVar

from runtime.settings import QuerycastSettings, setting

FRAME_SIZE_KEY = "web_stomp.ws_opts.max_frame_size"
# Used when no configuration can be read: the value the repository's rabbitmq.conf sets.
FALLBACK_MAX_FRAME_BYTES = 4 * 1024 * 1024
_REPO_CONF = Path(__file__).resolve().parents[2] / "rabbitmq.conf"


class BrokerConfigSettings(QuerycastSettings):
    section: ClassVar[str] = "STOMP proxy (querycast-gateway)"

    rabbitmq_conf: Path | None = setting(None, "the broker's rabbitmq.conf, read for Web-STOMP's frame limit",
                                         env="QUERYCAST_RABBITMQ_CONF",
                                         doc_default="`./rabbitmq.conf`, then the repository's")


def candidate_paths(env: Mapping[str, str] | None = None) -> list[Path]:
    configured = BrokerConfigSettings.from_env(env).rabbitmq_conf
    return [*([configured] if configured else []), Path.cwd() / "rabbitmq.conf", _REPO_CONF]


def read_setting(text: str, key: str) -> str | None:
    """The value of `key` in new-style (sysctl) rabbitmq.conf text; the last occurrence wins."""
    value = None
    for line in text.splitlines():
        name, sep, rest = line.partition("=")
        if sep and not name.lstrip().startswith("#") and name.strip() == key:
            value = rest.split("#", 1)[0].strip()
    return value


def broker_max_frame_bytes(env: Mapping[str, str] | None = None) -> int:
    for path in candidate_paths(env):
        try:
            value = read_setting(path.read_text(), FRAME_SIZE_KEY)
        except OSError:
            continue
        if value is not None and value.isdigit() and int(value) > 0:
            return int(value)
    return FALLBACK_MAX_FRAME_BYTES
