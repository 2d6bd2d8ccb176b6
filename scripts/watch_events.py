"""Watch querycast's live status events from another service, over RabbitMQ's STOMP port.

    python -m scripts.watch_events                       # every request, both workflows
    python -m scripts.watch_events --port 61623 --topic query-execution

This is the README's "other services can watch" example (the tests run it): plain stomp.py,
no querycast code. Each event is one RealTimeStatusMessage (docs/architecture.md#status-message),
printed as a JSON line.
"""
import argparse
import json
import sys
import threading
import time

import stomp


class PrintEvents(stomp.ConnectionListener):
    def __init__(self):
        self.receipts: set[str] = set()
        self.receipted = threading.Condition()

    def on_message(self, frame):
        event = json.loads(frame.body)
        print(json.dumps(event), flush=True)

    def on_receipt(self, frame):
        with self.receipted:
            self.receipts.add(frame.headers.get("receipt-id", ""))
            self.receipted.notify_all()


def main() -> None:
    parser = argparse.ArgumentParser(description="Print querycast status events as JSON lines.",
                                     epilog="environment variables: none (everything is an option)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=61613)
    parser.add_argument("--user", default="guest")
    parser.add_argument("--password", default="guest")
    parser.add_argument("--topic", action="append", choices=["nl-to-sql", "query-execution"])
    args = parser.parse_args()

    conn = stomp.Connection([(args.host, args.port)], heartbeats=(10000, 10000))
    listener = PrintEvents()
    conn.set_listener("print", listener)
    conn.connect(args.user, args.password, wait=True)
    # /topic/<feature> on RabbitMQ's STOMP = routing key <feature> on amq.topic (the broadcast
    # key). A per-user feed is /topic/<feature>.user.<userKey>.
    topics = args.topic or ["nl-to-sql", "query-execution"]
    for i, topic in enumerate(topics):
        conn.subscribe(f"/topic/{topic}", id=str(i), ack="auto", headers={"receipt": f"sub-{i}"})
    # Watching only once the broker confirmed every subscription (RECEIPT): before that, events
    # published meanwhile would go to nobody.
    wanted = {f"sub-{i}" for i in range(len(topics))}
    with listener.receipted:
        if not listener.receipted.wait_for(lambda: wanted <= listener.receipts, timeout=10):
            sys.exit("the broker did not confirm the subscriptions")
    print("watching", file=sys.stderr, flush=True)
    try:
        while conn.is_connected():
            time.sleep(0.5)
    except KeyboardInterrupt:
        conn.disconnect()


if __name__ == "__main__":
    main()
