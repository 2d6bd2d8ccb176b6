"""Watch querycast's live status events from another service, over RabbitMQ's STOMP port.

    python -m scripts.watch_events                       # every request, both workflows
    python -m scripts.watch_events --port 61623 --topic query-execution

This is the README's "other services can watch" example (the tests run it): plain stomp.py,
no querycast code. Each event is one RealTimeStatusMessage (DESIGN §2), printed as a JSON line.
"""
import argparse
import json
import sys
import time

import stomp


class PrintEvents(stomp.ConnectionListener):
    def on_message(self, frame):
        event = json.loads(frame.body)
        print(json.dumps(event), flush=True)


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
    conn.set_listener("print", PrintEvents())
    conn.connect(args.user, args.password, wait=True)
    # /topic/<feature> on RabbitMQ's STOMP = routing key <feature> on amq.topic (the broadcast
    # key). A per-user feed is /topic/<feature>.user.<userKey>.
    for i, topic in enumerate(args.topic or ["nl-to-sql", "query-execution"]):
        conn.subscribe(f"/topic/{topic}", id=str(i), ack="auto")
    print("watching", file=sys.stderr, flush=True)
    try:
        while conn.is_connected():
            time.sleep(0.5)
    except KeyboardInterrupt:
        conn.disconnect()


if __name__ == "__main__":
    main()
