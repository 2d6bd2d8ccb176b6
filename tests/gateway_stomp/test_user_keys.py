"""Per-user keys are injective: the user id whose old key was `carol.x`'s key is registered and
receives none of carol.x's events in the strict profile."""
import aiopg

from broker.user_keys import user_key, user_routing_key
from contracts.status import Feature
from controldb.migrate import apply_migrations
from controldb.users import UserStore
from gateway.stomp import Profile
from tests.gateway_stomp.conftest import new_request_id
from tests.gateway_stomp.helpers import publish_events
from tests.gateway_stomp.test_strict_profile import subscribed

CAROL = "carol.x"
# The key the old scheme gave carol.x, itself a valid username.
LOOKALIKE = "carol_x-bcd7a89603c603f7"


def test_user_key_is_a_hash_never_the_id_and_distinct_for_lookalikes():
    assert user_key(CAROL) != user_key(LOOKALIKE)
    assert LOOKALIKE not in (user_key(CAROL), user_key(LOOKALIKE))
    assert user_key("alice") != "alice"
    assert user_key("Alice") != user_key("alice")
    for user_id in (CAROL, LOOKALIKE, "evil.#.*", "ü", "a" * 500):
        key = user_key(user_id)
        assert len(key) == 32 and all(c in "0123456789abcdef" for c in key)
    assert user_routing_key(Feature.NL_TO_SQL, CAROL) == f"nl-to-sql.user.{user_key(CAROL)}"


async def test_registered_lookalike_gets_none_of_carols_events(make_gateway, raw_client, verifier, publisher,
                                                               control_db):
    await apply_migrations(control_db)
    async with aiopg.create_pool(control_db, minsize=1, maxsize=2) as pool:
        users = UserStore(pool)
        for name in (CAROL, LOOKALIKE):
            await users.upsert(name, f"pw-{name}", ["user"])
        carol = await users.authenticate(CAROL, f"pw-{CAROL}")
        lookalike = await users.authenticate(LOOKALIKE, f"pw-{LOOKALIKE}")
    assert carol is not None and lookalike is not None
    gateway = await make_gateway(profile=Profile.STRICT)
    carol_client = await subscribed(raw_client, gateway.ws_url, verifier.issue(carol.username, ["user"])[0])
    spy = await subscribed(raw_client, gateway.ws_url, verifier.issue(lookalike.username, ["user"])[0])

    request_id = new_request_id("carol")
    sent = await publish_events(publisher, Feature.NL_TO_SQL, request_id, CAROL, steps=2)
    got = []
    while len(got) < len(sent):
        frame = await carol_client.frame()
        if frame.get("x-request-id") == request_id:
            got.append(frame.body)
    assert got == sent
    # The lookalike's own event is routed after carol's: everything before it was carol's leak.
    own = new_request_id("own")
    await publisher.for_request(Feature.NL_TO_SQL, own, LOOKALIKE).succeed("mine")
    seen = []
    while not seen or seen[-1].get("x-request-id") != own:
        seen.append(await spy.frame())
    assert [f.get("x-user-id") for f in seen] == [LOOKALIKE]
