"""Destination policy (pure): built-in destinations, per-user mapping, operator patterns."""
import pytest

from broker.status import user_key
from contracts.rpc import Caller
from gateway.stomp.frames import Frame
from gateway.stomp.policy import DestinationPolicy, PolicyError
from gateway.stomp.settings import Profile, StompSettings

ALICE = Caller(user_id="alice", roles=("user",))
ADMIN = Caller(user_id="root", roles=("admin",))


def sub(destination: str, *extra) -> Frame:
    return Frame("SUBSCRIBE", [("id", "s1"), ("destination", destination), *extra])


def send(destination: str) -> Frame:
    return Frame("SEND", [("destination", destination)], b"{}")


def test_compat_topic_is_the_broadcast_and_strips_queue_naming_headers():
    policy = DestinationPolicy(StompSettings())
    frame = sub("/topic/nl-to-sql", ("x-queue-name", "querycast.status-history"), ("durable", "true"),
                ("ack", "client"))
    result = policy.subscribe(frame, None)
    assert result.upstream == result.client == "/topic/nl-to-sql"
    assert frame.get("x-queue-name") is None and frame.get("durable") is None
    assert frame.get("ack") == "client"


def test_strict_non_admin_topic_maps_to_own_key_admin_keeps_broadcast():
    policy = DestinationPolicy(StompSettings(profile=Profile.STRICT))
    frame = sub("/topic/query-execution")
    result = policy.subscribe(frame, ALICE)
    assert result.upstream == f"/topic/query-execution.user.{user_key('alice')}"
    assert result.client == "/topic/query-execution"
    assert frame.get("destination") == result.upstream
    assert policy.subscribe(sub("/topic/query-execution"), ADMIN).upstream == "/topic/query-execution"


def test_admin_sees_every_user_key_when_broadcast_is_off():
    policy = DestinationPolicy(StompSettings(profile=Profile.STRICT, broadcast=False))
    assert policy.subscribe(sub("/topic/nl-to-sql"), ADMIN).upstream == "/topic/nl-to-sql.user.*"


def test_user_queue_maps_to_own_key_and_needs_login():
    policy = DestinationPolicy(StompSettings())
    assert policy.subscribe(sub("/user/queue/nl-to-sql"), ALICE).upstream == f"/topic/nl-to-sql.user.{user_key('alice')}"
    odd = Caller(user_id="evil.#.*")
    upstream = policy.subscribe(sub("/user/queue/nl-to-sql"), odd).upstream
    assert upstream.count(".") == 2 and "#" not in upstream and "*" not in upstream
    with pytest.raises(PolicyError) as err:
        policy.subscribe(sub("/user/queue/nl-to-sql"), None)
    assert err.value.kind == "auth"


@pytest.mark.parametrize("destination", ["/topic/other", "/queue/x", "/topic/nl-to-sql.user.bob",
                                         "/amq/queue/querycast.status-history", "/exchange/amq.topic/#"])
def test_unknown_destinations_are_refused_naming_the_allowed_ones(destination):
    with pytest.raises(PolicyError) as err:
        DestinationPolicy(StompSettings()).subscribe(sub(destination), ALICE)
    assert err.value.kind == "destination-refused"
    assert "/topic/nl-to-sql" in str(err.value) and "/user/queue/query-execution" in str(err.value)


def test_send_to_app_is_handled_by_gateway_and_to_status_topics_refused():
    policy = DestinationPolicy(StompSettings())
    assert policy.send_target(send("/app/query-execution")) == "app"
    for destination in ("/topic/query-execution", "/user/queue/nl-to-sql", "/queue/anything"):
        with pytest.raises(PolicyError):
            policy.send_target(send(destination))


def test_operator_patterns_allow_more_but_never_other_users_keys():
    policy = DestinationPolicy(StompSettings(allowed_destinations=("/queue/**", "/topic/*")))
    assert policy.send_target(send("/queue/a/b")) == "broker"
    assert policy.subscribe(sub("/topic/news"), None).upstream == "/topic/news"
    for destination in ("/topic/nl-to-sql.user.bob", "/topic/#", "/topic/nl-to-sql.*"):
        with pytest.raises(PolicyError):
            policy.subscribe(sub(destination), ALICE)
    with pytest.raises(PolicyError):
        policy.subscribe(sub("/exchange/x/y"), None)


def test_missing_destination_or_id():
    policy = DestinationPolicy(StompSettings())
    with pytest.raises(PolicyError):
        policy.subscribe(Frame("SUBSCRIBE", [("id", "1")]), None)
    with pytest.raises(PolicyError):
        policy.subscribe(Frame("SUBSCRIBE", [("destination", "/topic/nl-to-sql")]), None)
    with pytest.raises(PolicyError):
        policy.send_target(Frame("SEND", []))


def test_settings_from_env():
    s = StompSettings.from_env({
        "QUERYCAST_STOMP_PROFILE": "strict", "QUERYCAST_AMQP_URL": "amqp://u:p%40ss@h:5672/prod",
        "QUERYCAST_STOMP_ALLOWED_DESTINATIONS": "/queue/**, /topic/news",
        "QUERYCAST_STOMP_MAX_FRAME_BYTES": "1000", "QUERYCAST_ALLOWED_ORIGINS": "https://a.example",
    })
    assert s.profile is Profile.STRICT and s.broker_user == "u" and s.broker_password == "p@ss"
    assert s.broker_vhost == "prod" and s.allowed_destinations == ("/queue/**", "/topic/news")
    assert s.max_frame_bytes == 1000 and s.allowed_origins == ("https://a.example",)
    assert "p@ss" not in repr(s)
    with pytest.raises(ValueError):
        StompSettings.from_env({"QUERYCAST_STOMP_PROFILE": "open"})
