"""QUERYCAST_WEB_STOMP_URL naming several nodes: every new session ends up on a node that answers,
whichever node its turn starts at."""
import socket

from gateway.stomp.upstream import connect_order, web_stomp_urls


def _dead_ws_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"ws://127.0.0.1:{s.getsockname()[1]}/ws"


def test_sessions_start_at_successive_nodes():
    urls = web_stomp_urls("ws://a/ws, ws://b/ws,ws://c/ws")
    assert urls == ["ws://a/ws", "ws://b/ws", "ws://c/ws"]
    firsts = [connect_order(urls)[0] for _ in range(3)]
    assert sorted(firsts) == urls
    assert all(sorted(connect_order(urls)) == urls for _ in range(3))


async def test_every_session_reaches_the_live_node_past_dead_ones(make_gateway, raw_client, rabbit_node):
    url = f"{_dead_ws_url()},{rabbit_node.web_stomp_url},{_dead_ws_url()}"
    gateway = await make_gateway(web_stomp_url=url, connect_timeout_seconds=3.0)
    for _ in range(3):  # three sessions: each starts at a different node of the list
        client = await raw_client(gateway.ws_url)
        assert (await client.connect()).command == "CONNECTED"
        assert (await client.subscribe("/topic/query-execution")).command == "RECEIPT"
