"""Node selection (pure logic) and connecting past a dead node to a live one (real RabbitMQ)."""
import logging
import socket

from broker import Broker
from broker.nodes import NodeRotation, node_label, split_urls


def test_a_comma_separated_list_names_every_node_and_labels_carry_no_credentials():
    urls = split_urls(" amqp://u:secret@a:5672/%2F , amqp://u:secret@b:5673/%2F,")
    assert urls == ["amqp://u:secret@a:5672/%2F", "amqp://u:secret@b:5673/%2F"]
    assert [node_label(u) for u in urls] == ["a:5672", "b:5673"]
    assert node_label("ws://h/ws") == "h:80"


def test_every_node_is_tried_in_turn_and_the_backoff_grows_only_per_failed_round():
    rotation = NodeRotation(["a", "b", "c"], initial_backoff=0.2, max_backoff=1.0, shuffle=False)
    tried, delays = [], []
    for _ in range(9):
        tried.append(rotation.advance())
        delays.append(rotation.failed())
    assert tried == ["a", "b", "c"] * 3
    assert delays == [0, 0, 0.2, 0, 0, 0.4, 0, 0, 0.8]
    for _ in range(6):
        rotation.advance()
        delay = rotation.failed()
    assert delay == 1.0  # capped
    rotation.succeeded()
    rotation.advance()
    assert rotation.failed() == 0


def test_a_single_node_keeps_the_capped_exponential_backoff():
    rotation = NodeRotation(["a"], initial_backoff=0.2, max_backoff=1.0)
    assert [rotation.failed() for _ in range(5)] == [0.2, 0.4, 0.8, 1.0, 1.0]


def test_shuffling_spreads_processes_over_the_nodes():
    firsts = {NodeRotation(list("abcde"), initial_backoff=1, max_backoff=1).advance() for _ in range(200)}
    assert len(firsts) > 1


def _dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_connects_past_a_dead_node_and_logs_the_node_once(amqp_url, caplog):
    dead = f"amqp://guest:guest@127.0.0.1:{_dead_port()}/%2F"
    caplog.set_level(logging.DEBUG, logger="broker")
    broker = Broker(f"{dead},{dead},{amqp_url}", "querycast-test-nodes", shuffle=False)
    await broker.start(timeout=10)
    try:
        assert broker.node == node_label(amqp_url)
        channel = broker.channel(confirms=True)
        await channel.wait_open(5)
        await channel.publish("amq.topic", "querycast.test.nodes", b"x")  # confirmed by that node
        changes = [r for r in caplog.records if r.getMessage().startswith("broker connected to node")]
        assert len(changes) == 1
        assert "guest" not in caplog.text  # credentials never logged
    finally:
        await broker.close()


async def test_an_outage_is_one_warning_not_pikas_error_stacks_per_attempt(caplog):
    import asyncio

    caplog.set_level(logging.INFO)
    broker = Broker(f"amqp://guest:guest@127.0.0.1:{_dead_port()}/%2F", "querycast-test-outage",
                    initial_backoff=0.05, max_backoff=0.1)
    await broker.start(wait=False)
    await asyncio.sleep(1.5)
    await broker.close()
    assert broker._nodes.failures >= 5  # it kept trying
    assert not [r for r in caplog.records if r.name.startswith("pika")]
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == [
        f"no broker node reachable ({broker._nodes.urls[0].split('@')[1].split('/')[0]}); retrying with backoff"]
