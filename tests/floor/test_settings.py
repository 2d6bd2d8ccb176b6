"""One settings mechanism: one boolean syntax, range checks, every variable read from the mapping
it is given, and errors as one line naming the variable (secrets masked)."""
from __future__ import annotations

import pytest

from broker.settings import BrokerSettings
from gateway.auth import AuthSettings
from gateway.settings import GatewaySettings
from gateway.stomp.settings import StompSettings
from runtime.settings import FOREIGN_NAMES, PREFIX, QuerycastSettings, SettingsError
from services.executor.settings import ExecutorSettings
from services.nl_to_sql.settings import LlmSettings, NlToSqlSettings
from services.recorder.settings import RecorderSettings

SECRET = "s" * 40
CLASSES = [BrokerSettings, AuthSettings, GatewaySettings, StompSettings, ExecutorSettings, LlmSettings,
           NlToSqlSettings, RecorderSettings]


@pytest.mark.parametrize("word,expected", [
    ("true", True), ("1", True), ("yes", True), ("on", True), ("ON", True), (" Yes ", True),
    ("false", False), ("0", False), ("no", False), ("off", False), ("Off", False)])
def test_every_flag_reads_the_same_words(word, expected):
    env = {"QUERYCAST_STATUS_BROADCAST": word, "QUERYCAST_MIGRATE": word, "QUERYCAST_LLM_PROMPT_VALUES": word,
           "QUERYCAST_JWT_SECRET": SECRET}
    gateway = GatewaySettings.from_env(env)
    assert gateway.status_broadcast is gateway.migrate is gateway.stomp.broadcast is expected
    assert BrokerSettings.from_env(env).status_broadcast is expected
    nl = NlToSqlSettings.from_env(env)
    assert nl.broadcast is nl.prompt_values is expected


@pytest.mark.parametrize("word", ["maybe", "2", "enabled", "tru"])
def test_a_word_outside_the_syntax_is_refused(word):
    with pytest.raises(SettingsError) as caught:
        BrokerSettings.from_env({"QUERYCAST_STATUS_BROADCAST": word})
    message = str(caught.value)
    assert message.startswith(f"QUERYCAST_STATUS_BROADCAST={word!r}") and "yes/no" in message and "on/off" in message


def test_the_given_mapping_is_read_not_the_process_environment(monkeypatch):
    monkeypatch.setenv("QUERYCAST_STATUS_BROADCAST", "true")
    monkeypatch.setenv("QUERYCAST_HTTP_PORT", "9999")
    settings = GatewaySettings.from_env({"QUERYCAST_STATUS_BROADCAST": "off", "QUERYCAST_JWT_SECRET": SECRET})
    assert settings.status_broadcast is False and settings.stomp.broadcast is False
    assert settings.http_port == 8080


@pytest.mark.parametrize("variable,value,allowed", [
    ("QUERYCAST_EXECUTOR_CONCURRENCY", "0", "an integer >= 1"),
    ("QUERYCAST_EXECUTOR_POOL_MAX_SIZE", "-1", "an integer >= 1"),
    ("QUERYCAST_EXECUTOR_CONNECT_TIMEOUT_SECONDS", "0", "a number > 0"),
    ("QUERYCAST_EXECUTOR_LOCK_TIMEOUT_SECONDS", "soon", "a number > 0"),
    ("QUERYCAST_EXECUTOR_MAX_TIMEOUT_SECONDS", "100000", "an integer from 1 to 300"),
])
def test_executor_ranges(variable, value, allowed):
    with pytest.raises(SettingsError) as caught:
        ExecutorSettings.from_env({variable: value})
    assert str(caught.value) == f"{variable}={value!r} is not allowed: expected {allowed}"
    assert caught.value.variable == variable


@pytest.mark.parametrize("cls,variable,value", [
    (GatewaySettings, "QUERYCAST_HTTP_PORT", "0"), (GatewaySettings, "QUERYCAST_HTTP_PORT", "65536"),
    (GatewaySettings, "QUERYCAST_RPC_TIMEOUT_SECONDS", "-1"), (GatewaySettings, "QUERYCAST_EVENT_LOOP", "trio"),
    (StompSettings, "QUERYCAST_STOMP_MAX_SUBSCRIPTIONS", "0"), (StompSettings, "QUERYCAST_STOMP_PROFILE", "open"),
    (RecorderSettings, "QUERYCAST_RECORDER_BATCH_SIZE", "0"), (RecorderSettings, "QUERYCAST_HISTORY_RETENTION_DAYS", "-1"),
    (NlToSqlSettings, "QUERYCAST_NL_TO_SQL_PREFETCH", "0"), (NlToSqlSettings, "QUERYCAST_LLM_CONCURRENCY", "0"),
    (NlToSqlSettings, "QUERYCAST_LLM_PROVIDER", "gpt"), (NlToSqlSettings, "QUERYCAST_LLM_TIMEOUT_SECONDS", "0"),
    (BrokerSettings, "QUERYCAST_STATUS_BUFFER_MAX_EVENTS", "0"),
])
def test_out_of_range_values_name_their_variable(cls, variable, value):
    env = {variable: value, "QUERYCAST_JWT_SECRET": SECRET}
    with pytest.raises(SettingsError) as caught:
        cls.from_env(env)
    assert str(caught.value).startswith(f"{variable}={value!r} is not allowed: expected ")
    assert "\n" not in str(caught.value)


def test_secrets_are_masked_in_errors():
    with pytest.raises(SettingsError) as caught:
        AuthSettings.from_env({"QUERYCAST_JWT_SECRET": "tooshort-but-secret"})
    assert "tooshort-but-secret" not in str(caught.value) and "QUERYCAST_JWT_SECRET" in str(caught.value)
    assert "at least 32 bytes" in str(caught.value)


def test_url_passwords_are_masked_in_errors():
    from runtime.settings import mask
    assert mask("amqp://app:hunter2@rabbit:5672/%2F", secret=False) == "amqp://app:***@rabbit:5672/%2F"


def test_empty_means_unset_and_defaults_stay():
    settings = ExecutorSettings.from_env({"QUERYCAST_EXECUTOR_CONCURRENCY": ""})
    assert settings.concurrency == 8 and settings.pool_max_size == 5 and settings.max_timeout_seconds == 60
    assert RecorderSettings.from_env({}).batch_size == 200
    gateway = GatewaySettings.from_env({"QUERYCAST_CORS_ORIGINS": "https://a.example/, https://b.example"})
    assert gateway.http_port == 8080 and gateway.cors_origins == ("https://a.example", "https://b.example")


def test_direct_construction_ignores_the_environment(monkeypatch):
    monkeypatch.setenv("QUERYCAST_EXECUTOR_CONCURRENCY", "3")
    assert ExecutorSettings(pool_max_size=2).concurrency == 8
    assert ExecutorSettings.from_env(pool_max_size=2).concurrency == 3


def test_every_variable_has_the_prefix_and_a_description():
    for cls in CLASSES:
        for name, field in cls.variables():
            assert name.startswith(PREFIX) or name in FOREIGN_NAMES, (cls.__name__, name)
            assert field.description, (cls.__name__, name)
        assert issubclass(cls, QuerycastSettings)


def test_repr_hides_secrets_and_url_passwords():
    settings = GatewaySettings.from_env({"QUERYCAST_AMQP_URL": "amqp://app:hunter2@rabbit:5672/%2F",
                                         "QUERYCAST_DATABASE_URL": "postgresql://qc:pgpass@db/querycast",
                                         "QUERYCAST_JWT_SECRET": SECRET})
    text = repr(settings)
    assert "hunter2" not in text and "pgpass" not in text and SECRET not in text
    assert "amqp://app:***@rabbit:5672/%2F" in text and settings.amqp_url.endswith("hunter2@rabbit:5672/%2F")
