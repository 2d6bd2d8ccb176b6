"""Watch querycast's live status events from another service over AMQP 0-9-1 (plain pika).

    python -m scripts.watch_events_amqp --url amqp://guest:guest@127.0.0.1:5672/%2F
    python -m scripts.watch_events_amqp --key 'query-execution.user.alice'   # one user's events

Binds a private queue to `amq.topic`; each event is one RealTimeStatusMessage, printed as a JSON
line. A service that must not miss events while it is down declares a durable named queue instead.
"""
import argparse
import json
import sys

import pika


def main() -> None:
    parser = argparse.ArgumentParser(description="Print querycast status events as JSON lines.",
                                     epilog="environment variables: none (everything is an option)")
    parser.add_argument("--url", default="amqp://guest:guest@127.0.0.1:5672/%2F")
    parser.add_argument("--key", action="append",
                        help="routing key to bind (default: the broadcast keys nl-to-sql and query-execution)")
    args = parser.parse_args()

    connection = pika.BlockingConnection(pika.URLParameters(args.url))
    channel = connection.channel()
    queue = channel.queue_declare("", exclusive=True).method.queue  # server-named, gone with us
    for key in args.key or ["nl-to-sql", "query-execution"]:
        channel.queue_bind(queue, "amq.topic", routing_key=key)
    print("watching", file=sys.stderr, flush=True)
    try:
        for _method, _properties, body in channel.consume(queue, auto_ack=True):
            event = json.loads(body)
            # The AMQP properties carry the ids too: message_id, correlation_id = requestId.
            print(json.dumps(event), flush=True)
    except KeyboardInterrupt:
        connection.close()


if __name__ == "__main__":
    main()
