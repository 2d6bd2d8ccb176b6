"""One proxied STOMP session: client <-> gateway <-> one upstream Web-STOMP connection.

Phases: wait for the client's CONNECT (small frame limit, timeout), authenticate, rewrite it
with the gateway's broker credentials, open the upstream, relay CONNECTED (plus `user-name`).
Then two pumps run until either side ends (FIRST_COMPLETED): client->broker checks every frame
against the policy, broker->client restores the destinations the client named. Any violation,
a lost broker or a client too slow to read ends the session with an ERROR frame and a close.
"""
from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import aiohttp

from contracts.errors import ServiceError
from contracts.rpc import Caller
from gateway.auth import AuthError, TokenVerifier, bearer_token
from gateway.stomp import metrics
from gateway.stomp.frames import (
    CLIENT_COMMANDS,
    HEARTBEAT,
    SERVER_COMMANDS,
    Frame,
    FrameError,
    FrameParser,
    error_frame,
    serialize,
)
from gateway.stomp.policy import DestinationPolicy
from gateway.stomp.settings import Profile, StompSettings
from gateway.stomp.transports import SlowClient
from gateway.stomp.upstream import BrokerUnavailable, Upstream

log = logging.getLogger(__name__)

AppDestinationHandler = Callable[[str, bytes, dict, "Caller | None"], Awaitable[None]]
_CLIENT_CREDENTIAL_HEADERS = ("login", "passcode", "host", "authorization", "Authorization")
_AFTER_CONNECT = CLIENT_COMMANDS - {"CONNECT", "STOMP"}
MAX_APP_REQUESTS_IN_FLIGHT = 16
# Broker frames are trusted but still bounded: the broker's own limit plus headroom.
_UPSTREAM_HEADER_LIMIT = 1024


@dataclass
class ProxyContext:
    """What every session of one gateway shares."""
    settings: StompSettings
    verifier: TokenVerifier | None
    app_handler: AppDestinationHandler | None
    http: aiohttp.ClientSession
    policy: DestinationPolicy = field(init=False)
    sessions: set[ProxySession] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.policy = DestinationPolicy(self.settings)


class SessionEnd(Exception):
    """Ends the session with an ERROR frame (`message` is shown to the client)."""

    def __init__(self, kind: str, message: str, close_code: int = 1008):
        super().__init__(message)
        self.kind = kind
        self.close_code = close_code


def _looks_like_jwt(value: str | None) -> bool:
    return bool(value) and value.count(".") == 2 and value.startswith("eyJ")


def _heartbeat_ms(value: str | None) -> tuple[int, int]:
    try:
        cx, cy = (int(part) for part in (value or "0,0").split(","))
        return max(cx, 0), max(cy, 0)
    except ValueError:
        return 0, 0


class ProxySession:
    def __init__(self, client, ctx: ProxyContext, *, url_token: str | None = None):
        self.client = client
        self.ctx = ctx
        self.settings = ctx.settings
        self.url_token = url_token
        self.principal: Caller | None = None
        self.version = "1.2"
        self.upstream: Upstream | None = None
        self.client_parser = FrameParser(max_frame_bytes=self.settings.max_connect_frame_bytes,
                                         max_headers=self.settings.max_headers,
                                         commands=frozenset({"CONNECT", "STOMP"}))
        self.upstream_parser = FrameParser(max_frame_bytes=self.settings.max_frame_bytes * 2,
                                           max_headers=_UPSTREAM_HEADER_LIMIT, commands=SERVER_COMMANDS,
                                           lazy_headers=True)
        # subscription id -> destination the client named, where it differs from the upstream one
        self.renamed: dict[str, str] = {}
        self.disconnecting = False
        self.disconnect_receipt: str | None = None
        self.upstream_silence: float | None = None
        self._app_tasks: set[asyncio.Task] = set()
        self._pending_client_bytes = b""

    # -- lifecycle -------------------------------------------------------------------------
    async def run(self) -> None:
        gauge = metrics.SESSIONS.labels(self.client.transport)
        gauge.inc()
        self.ctx.sessions.add(self)
        try:
            await self._connect_phase()
            await self._relay()
        except SessionEnd as end:
            await self._end_with_error(end.kind, str(end), end.close_code)
        except FrameError as exc:
            await self._end_with_error(exc.kind, str(exc), 1008)
        except BrokerUnavailable:
            await self._end_with_error("broker-unavailable", "Broker not available.", 1011)
        except SlowClient:
            metrics.ERRORS.labels("slow-client").inc()
            log.info("closing a STOMP session whose client does not read (transport %s)", self.client.transport)
            await self.client.abort()
        except (_ClientGone, _BrokerClosed):
            pass
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("STOMP proxy session failed")
            await self._end_with_error("internal", "Internal gateway error.", 1011)
        finally:
            self.ctx.sessions.discard(self)
            gauge.dec()
            for task in self._app_tasks:
                task.cancel()
            if self.upstream is not None:
                await self.upstream.close()
            await self.client.close(1000)

    async def going_away(self) -> None:
        """Gateway shutdown: tell the client and close with 1001 GOING_AWAY."""
        await self._send_frames([error_frame("Server shutting down.", "The gateway is restarting; reconnect.")],
                                best_effort=True)
        await self.client.close(1001, "server shutting down")

    async def _end_with_error(self, kind: str, message: str, code: int) -> None:
        metrics.ERRORS.labels(kind).inc()
        await self._send_frames([error_frame(message)], best_effort=True)
        await self.client.close(code, message[:100])

    # -- CONNECT -------------------------------------------------------------------------
    async def _connect_phase(self) -> None:
        try:
            async with asyncio.timeout(self.settings.connect_timeout_seconds):
                connect = await self._read_connect()
                self.principal = await self._authenticate(connect)
                started = time.perf_counter()
                await self._open_upstream(connect)
                metrics.UPSTREAM_CONNECT_SECONDS.observe(time.perf_counter() - started)
        except TimeoutError:
            if self.upstream is None:
                raise SessionEnd("connect-timeout", "No CONNECT frame in time.") from None
            raise SessionEnd("broker-unavailable", "Broker not available.", 1011) from None

    async def _read_connect(self) -> Frame:
        data = b""
        while True:
            item = self.client_parser.feed_one(data)
            if item is None:
                data = await self.client.receive()
                if data is None:
                    raise _ClientGone()
                continue
            data = b""
            if item is HEARTBEAT:
                continue
            metrics.FRAMES_IN.inc()
            return item

    async def _authenticate(self, connect: Frame) -> Caller | None:
        token = None
        try:
            authorization = connect.get("Authorization") or connect.get("authorization")
            if authorization:
                token = bearer_token(authorization)
            elif _looks_like_jwt(connect.get("passcode")):
                token = connect.get("passcode")
            elif self.url_token:
                token = self.url_token
            if token is None:
                if self.settings.profile is Profile.STRICT:
                    raise SessionEnd("auth", "Authentication required: send a JWT on CONNECT "
                                             "(Authorization: Bearer <token> header or passcode).")
                return None
            if self.ctx.verifier is None:
                raise SessionEnd("auth", "This gateway does not accept tokens.")
            verify = getattr(self.ctx.verifier, "verify_async", None)
            return await verify(token) if verify else self.ctx.verifier.verify(token)
        except AuthError as exc:
            raise SessionEnd("auth", f"Authentication failed: {exc}") from None

    async def _open_upstream(self, connect: Frame) -> None:
        connect.remove(*_CLIENT_CREDENTIAL_HEADERS)
        connect.set("login", self.settings.broker_user)
        connect.set("passcode", self.settings.broker_password)
        connect.set("host", self.settings.broker_vhost)
        self.upstream = await Upstream.connect(
            self.ctx.http, self.settings.web_stomp_url, max_msg_size=self.settings.max_frame_bytes * 2 + 65536)
        await self.upstream.send(serialize(connect))
        while True:
            data = await self.upstream.receive()
            if data is None:
                raise BrokerUnavailable()
            items = [i for i in self.upstream_parser.feed(data) if i is not HEARTBEAT]
            if items:
                break
        first = items[0]
        if first.command != "CONNECTED":
            # Do not relay the broker's words: they would name the gateway's broker user.
            log.warning("broker refused the upstream CONNECT: %s", (first.get("message") or "")[:200])
            raise SessionEnd("broker-refused", "The broker refused the connection.", 1011)
        self._on_connected(first)
        await self._send_frames([first, *items[1:]])

    def _on_connected(self, connected: Frame) -> None:
        self.version = connected.get("version", "1.0")
        self.upstream_parser.version = self.version
        # Frames the client pipelined behind CONNECT are parsed under the post-CONNECT rules.
        self._pending_client_bytes = self.client_parser.take_buffer()
        self.client_parser = FrameParser(max_frame_bytes=self.settings.max_frame_bytes,
                                         max_headers=self.settings.max_headers, version=self.version,
                                         commands=_AFTER_CONNECT)
        connected.remove("user-name")
        if self.principal is not None:
            connected.set("user-name", self.principal.user_id)
        server_sends, _ = _heartbeat_ms(connected.get("heart-beat"))
        if server_sends:
            # The broker promised heart-beats: silence for three periods means it is gone.
            self.upstream_silence = 3 * server_sends / 1000.0 + 1.0
        self.client.stomp_heartbeats(server_sends > 0)

    # -- relaying ----------------------------------------------------------------------------
    async def _relay(self) -> None:
        if self._pending_client_bytes:
            await self._client_items(self.client_parser.feed(self._pending_client_bytes))
            self._pending_client_bytes = b""
        pumps = {asyncio.create_task(self._client_to_broker()), asyncio.create_task(self._broker_to_client())}
        try:
            done, _ = await asyncio.wait(pumps, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in pumps:
                task.cancel()
            await asyncio.gather(*pumps, return_exceptions=True)
        for task in done:
            task.result()  # re-raise the reason the session ended

    async def _client_to_broker(self) -> None:
        while True:
            data = await self.client.receive()
            if data is None:
                return
            await self._client_items(self.client_parser.feed(data))
            if self.disconnecting:
                if self.disconnect_receipt is None:
                    return
                # The broker side ends the session once it relayed the DISCONNECT's RECEIPT.
                await asyncio.Event().wait()

    async def _client_items(self, items: list[Frame | bytes]) -> None:
        assert self.upstream is not None
        for item in items:
            if item is HEARTBEAT:
                await self.upstream.send(HEARTBEAT)
                continue
            metrics.FRAMES_IN.inc()
            if self.disconnecting:
                raise FrameError("bad-frame", "Frame after DISCONNECT.")
            forward = self._apply_policy(item)
            if forward is not None:
                await self.upstream.send(serialize(forward, self.version))

    def _apply_policy(self, frame: Frame) -> Frame | None:
        command = frame.command
        if command == "SUBSCRIBE":
            sub = self.ctx.policy.subscribe(frame, self.principal)
            if sub.upstream != sub.client:
                self.renamed[frame.get("id")] = sub.client
            return frame
        if command == "SEND":
            if self.ctx.policy.send_target(frame) == "app":
                self._start_app_request(frame)
                return None
            return frame
        if command == "UNSUBSCRIBE":
            self.renamed.pop(frame.get("id") or "", None)
        elif command == "DISCONNECT":
            self.disconnecting = True
            self.disconnect_receipt = frame.get("receipt")
        return frame

    async def _broker_to_client(self) -> None:
        assert self.upstream is not None
        while True:
            if self.upstream_silence is None:
                data = await self.upstream.receive()
            else:
                try:
                    async with asyncio.timeout(self.upstream_silence):
                        data = await self.upstream.receive()
                except TimeoutError:
                    raise BrokerUnavailable() from None
            if data is None:
                if not self.disconnecting:
                    if self.upstream.close_code == 1000:
                        # Web-STOMP (3.10) ends a session it refuses a frame of with a normal
                        # close and no ERROR frame; the broker itself is fine.
                        raise SessionEnd("broker-closed", "The broker ended the session: it refused "
                                                          "the last frame (unknown queue or exchange?).", 1011)
                    raise BrokerUnavailable()
                if self.disconnect_receipt is not None:
                    # Web-STOMP closes on DISCONNECT without the RECEIPT clients wait for.
                    await self._send_frames([Frame("RECEIPT", [("receipt-id", self.disconnect_receipt)])],
                                            best_effort=True)
                return
            if not self.renamed:
                # Nothing to rewrite: relay the broker's bytes first, book-keep after.
                await self._send_bytes(data)
                items = self.upstream_parser.feed(data)
                metrics.FRAMES_OUT.inc(sum(1 for i in items if i is not HEARTBEAT))
            else:
                items = self.upstream_parser.feed(data)
                await self._send_frames(items)
            for item in items:
                if item is HEARTBEAT:
                    continue
                if item.command == "ERROR":
                    raise _BrokerClosed()
                if (self.disconnect_receipt is not None and item.command == "RECEIPT"
                        and item.get("receipt-id") == self.disconnect_receipt):
                    return

    async def _send_frames(self, items: list[Frame | bytes], *, best_effort: bool = False) -> None:
        chunks = []
        for item in items:
            if item is HEARTBEAT:
                chunks.append(HEARTBEAT)
                continue
            metrics.FRAMES_OUT.inc()
            if item.command == "MESSAGE" and self.renamed:
                client_destination = self.renamed.get(item.get("subscription") or "")
                if client_destination is not None:
                    item.set("destination", client_destination)
            chunks.append(serialize(item, self.version))
        if not chunks:
            return
        try:
            await self._send_bytes(b"".join(chunks))
        except (SlowClient, _ClientGone):
            if not best_effort:
                raise

    async def _send_bytes(self, data: bytes) -> None:
        try:
            if not self.client.may_block(len(data)):
                # The common case: the write cannot wait, so no timer is needed.
                await self.client.send(data)
                return
            async with asyncio.timeout(self.settings.send_timeout_seconds):
                await self.client.send(data)
        except TimeoutError:
            raise SlowClient() from None
        except (ConnectionError, RuntimeError):
            raise _ClientGone() from None

    # -- /app/** -----------------------------------------------------------------------------
    def _start_app_request(self, frame: Frame) -> None:
        if len(self._app_tasks) >= MAX_APP_REQUESTS_IN_FLIGHT:
            raise SessionEnd("too-many-requests",
                             f"More than {MAX_APP_REQUESTS_IN_FLIGHT} /app requests in flight.")
        task = asyncio.create_task(self._run_app_request(frame))
        self._app_tasks.add(task)
        task.add_done_callback(self._app_tasks.discard)

    async def _run_app_request(self, frame: Frame) -> None:
        destination = frame.get("destination") or ""
        receipt = frame.get("receipt")
        handler = self.ctx.app_handler
        try:
            if handler is None:
                raise SessionEnd("destination-refused", f"No handler for {destination}.")
            await handler(destination, frame.body, dict(frame.headers), self.principal)
        except ServiceError as exc:
            metrics.ERRORS.labels("app-request").inc()
            err = error_frame(exc.body.message, exc.body.suggestion or exc.body.message, receipt_id=receipt)
            err.headers.append(("error-code", exc.code.value))
            await self._send_frames([err], best_effort=True)
            await self.client.close(1008, "request refused")
            return
        except SessionEnd as end:
            await self._end_with_error(end.kind, str(end), end.close_code)
            return
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("/app handler failed for %s", destination)
            await self._end_with_error("internal", "Internal gateway error.", 1011)
            return
        if receipt:
            await self._send_frames([Frame("RECEIPT", [("receipt-id", receipt)])], best_effort=True)


class _ClientGone(Exception):
    """The client closed its side: end quietly."""


class _BrokerClosed(Exception):
    """The broker sent ERROR (already relayed) and closes: end quietly."""
