"""Failures of the messaging layer, distinct from the services' own `ServiceError`s."""


class BrokerError(Exception):
    pass


class BrokerUnavailable(BrokerError):
    """No connection to RabbitMQ (yet, or any more)."""


class ChannelClosed(BrokerUnavailable):
    """The channel closed before the operation finished; its outcome is unknown."""


class Unroutable(BrokerError):
    """A mandatory message matched no queue (basic.return)."""


class PublishNacked(BrokerError):
    """The broker refused responsibility for a message (basic.nack)."""
