"""What a broker operator sees of the gateway's upstream connections (issue 16 item 5): each
subscription's queue is named after the session's user, and the gateway logs the upstream
address that the management API shows as the connection's name."""
import asyncio
import logging
import re

import aiohttp

from tests.gateway_stomp.helpers import broker_queue_names

AUTH = {"Authorization": aiohttp.encode_basic_auth("guest", "guest")}


async def connection_names(http, rabbit_node) -> dict[str, dict]:
    async with http.get(f"{rabbit_node.management_url}api/connections", headers=AUTH) as resp:
        resp.raise_for_status()
        return {c["name"]: c for c in await resp.json()}


async def test_queues_name_the_user_and_the_log_names_the_connection(gateway, raw_client, verifier, http,
                                                                      rabbit_node, caplog):
    token, _ = verifier.issue("dora.b@example.com", ["user"])
    caplog.set_level(logging.INFO, logger="gateway.stomp.session")
    client = await raw_client(gateway.ws_url)
    assert (await client.connect(f"Authorization:Bearer {token}")).command == "CONNECTED"
    assert (await client.subscribe("/user/queue/nl-to-sql")).command == "RECEIPT"
    anonymous = await raw_client(gateway.ws_url)
    assert (await anonymous.connect()).command == "CONNECTED"
    assert (await anonymous.subscribe("/topic/query-execution")).command == "RECEIPT"

    queues = await broker_queue_names(http, rabbit_node)
    assert [q for q in queues if q.startswith("querycast-gateway.dora_b@example_com.")]
    assert [q for q in queues if q.startswith("querycast-gateway.anonymous.")]

    [line] = [r.getMessage() for r in caplog.records if "of dora_b@example_com" in r.getMessage()]
    address = re.search(r"upstream connection (\S+)", line).group(1)
    async with asyncio.timeout(20):  # the management API lists connections with its stats (5 s)
        while not any(name.startswith(f"{address} -> ") for name in await connection_names(http, rabbit_node)):
            await asyncio.sleep(0.5)
    [connection] = [c for n, c in (await connection_names(http, rabbit_node)).items() if n.startswith(f"{address} -> ")]
    assert connection["protocol"] == "Web STOMP 1.2" and connection["user"] == gateway.settings.broker_user
