"""One proxied STOMP session: client <-> gateway <-> one upstream Web-STOMP connection.

States (`State`): wait for the client's CONNECT (small frame limit, timeout), then CONNECTING
(authenticate, rewrite it with the gateway's broker credentials and heart-beat wish, open the
upstream, relay CONNECTED), then RELAYING: three tasks run until the first ends
(tasks.py): client->broker checks every frame against the policy and the budgets,
broker->client restores the destinations the client named, and the keep-alive keeps both legs'
heart-beat contracts. DISCONNECTING waits for the broker's RECEIPT. How each end is reported
is in endings.py; the wire format is frames.py; the budgets are limits.py; the client's input,
parsed and budgeted as it arrives, is intake.py (wsreader.py for raw WebSockets).
"""
from __future__ import annotations

import asyncio
import enum
import logging
import time
from collections.abc import Sequence

from contracts.rpc import Caller
from gateway.stomp import metrics
from gateway.stomp.app_requests import AppRequests
from gateway.stomp.connect import authenticate, refuse_expired, rewrite_connect, rewrite_connected
from gateway.stomp.context import ProxyContext
from gateway.stomp.endings import ClientGone, SessionEnd, SlowClient, UpstreamClose, broker_unavailable, upstream_ended
from gateway.stomp.expiry import SessionGuard
from gateway.stomp.frames import HEARTBEAT, SERVER_COMMANDS, Frame, FrameError, FrameParser, error_frame, serialize
from gateway.stomp.heartbeats import HeartbeatPlan, KeepAlive
from gateway.stomp.intake import ClientIntake
from gateway.stomp.limits import check_subscriptions
from gateway.stomp.memory import trim_soon
from gateway.stomp.naming import session_tag, shown_user, subscription_queue
from gateway.stomp.tasks import until_first_ends
from gateway.stomp.upstream import BrokerUnavailable, Upstream

log = logging.getLogger(__name__)

# Broker frames are trusted but still bounded: the broker's own limit plus headroom.
_UPSTREAM_HEADER_LIMIT = 1024
# An ERROR this recent explains the broker's close that follows it.
_ERROR_EXPLAINS_CLOSE_SECONDS = 2.0


class State(enum.Enum):
    AWAITING_CONNECT = "awaiting-connect"
    CONNECTING = "connecting"
    RELAYING = "relaying"
    DISCONNECTING = "disconnecting"
    CLOSED = "closed"


class ProxySession:
    def __init__(self, client, ctx: ProxyContext, *, url_token: str | None = None):
        self.client = client
        self.ctx = ctx
        self.settings = ctx.settings
        self.url_token = url_token
        self.state = State.AWAITING_CONNECT
        self.principal: Caller | None = None
        self.version = "1.2"
        self.upstream: Upstream | None = None
        self.upstream_url = self.settings.web_stomp_url
        self.upstream_parser = FrameParser(max_frame_bytes=self.settings.max_frame_bytes * 2,
                                           max_headers=_UPSTREAM_HEADER_LIMIT, commands=SERVER_COMMANDS,
                                           lazy_headers=True)
        self.subscriptions: set[str] = set()
        # subscription id -> destination the client named, where it differs from the upstream one
        self.renamed: dict[str, str] = {}
        self.disconnect_receipt: str | None = None
        self.keepalive: KeepAlive | None = None
        self.app = AppRequests(ctx.app_handler, self._send_best_effort, self._end)
        self._time = asyncio.get_event_loop().time
        self.intake = ClientIntake(client, ctx.limits, self._time)  # reads from the client from now on
        self._last_client_frame = float("-inf")
        self._last_broker_error = float("-inf")
        self._address: str | None = None
        self._anonymous = False
        self.guard: SessionGuard | None = None  # authenticated: ends it at token expiry or revocation
        self.tag = session_tag()
        self._cut_off = False  # ended for breaking a rule (1008)
        self._subscribed = 0

    # -- lifecycle -------------------------------------------------------------------------
    async def run(self) -> None:
        gauge = metrics.SESSIONS.labels(self.client.transport)
        gauge.inc()
        self.ctx.sessions.add(self)
        try:
            address = getattr(self.client, "remote", None) or "unknown"
            self.ctx.limits.admit(address)
            self._address = address
            await self._connect_phase()
            await self._relay()
        except SessionEnd as end:
            await self._end(end)
        except FrameError as exc:
            await self._end(SessionEnd(exc.kind, str(exc), 1008))
        except BrokerUnavailable:
            await self._end(broker_unavailable())
        except SlowClient:
            metrics.ERRORS.labels("slow-client").inc()
            log.info("closing a STOMP session whose client does not read (transport %s)", self.client.transport)
            await self.client.abort()
        except ClientGone:
            pass
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("STOMP proxy session failed")
            await self._end(SessionEnd("internal", "Internal gateway error.", 1011))
        finally:
            await self._cleanup(gauge)

    async def _cleanup(self, gauge) -> None:
        self.state = State.CLOSED
        self.ctx.sessions.discard(self)
        gauge.dec()
        self.app.close()
        self._drop_buffers()
        trim_soon(collect=self._cut_off)
        if self._address is not None:
            self.ctx.limits.leave(self._address)
        if self._anonymous:
            self.ctx.limits.leave_anonymous()
        if self.upstream is not None:
            await self.upstream.close()
        await self.client.close(1000)
        self.keepalive = None  # holds bound methods of this session: freed by reference counting

    async def going_away(self) -> None:
        """Gateway shutdown: tell the client and close with 1001 GOING_AWAY."""
        await self._send_best_effort([error_frame("Server shutting down.", "The gateway is restarting; reconnect.")])
        await self.client.close(1001, "server shutting down")

    def _drop_buffers(self) -> None:
        self.intake.discard()

    async def _end(self, end: SessionEnd) -> None:
        metrics.ERRORS.labels(end.kind).inc()
        # Before the close handshake, which may wait on the client: nothing it sent is needed now.
        self._drop_buffers()
        self._cut_off = end.close_code == 1008
        if end.send_error:
            frame = error_frame(str(end), end.detail)
            frame.headers.extend(end.headers)
            await self._send_best_effort([frame])
        await self.client.close(end.close_code, str(end)[:100], grace=end.close_grace)

    # -- CONNECT -------------------------------------------------------------------------
    async def _connect_phase(self) -> None:
        try:
            async with asyncio.timeout(self.settings.connect_timeout_seconds):
                connect = await self._read_connect()
                self.state = State.CONNECTING
                verified = await authenticate(connect, self.settings, self.ctx.verifier, self.url_token,
                                              self.ctx.revoked_tokens)
                self.principal = verified.caller if verified else None
                self.guard = SessionGuard.for_token(verified, self.settings, self.ctx.verifier)
                if self.principal is None:
                    self.ctx.limits.admit_anonymous()
                    self._anonymous = True
                started = time.perf_counter()
                await self._open_upstream(connect)
                metrics.UPSTREAM_CONNECT_SECONDS.observe(time.perf_counter() - started)
        except TimeoutError:
            if self.state is State.AWAITING_CONNECT:
                raise SessionEnd("connect-timeout", "No CONNECT frame in time.") from None
            raise broker_unavailable() from None

    async def _read_connect(self) -> Frame:
        frame = await self.intake.next()
        if frame is None:
            raise ClientGone()
        metrics.FRAMES_IN.inc()
        return frame

    async def _open_upstream(self, connect: Frame) -> None:
        plan = HeartbeatPlan.negotiate(connect.get("heart-beat"), self.settings.upstream_heartbeat_ms)
        rewrite_connect(connect, self.settings, plan)
        self.upstream = await Upstream.for_session(self.ctx.http, self.settings.web_stomp_url,
                                                   max_frame_bytes=self.settings.max_frame_bytes,
                                                   connect_timeout=self.settings.connect_timeout_seconds)
        self.upstream_url = self.upstream.url
        log.info("STOMP session %s of %s: upstream connection %s", self.tag,
                 shown_user(self.principal.user_id if self.principal else None), self.upstream.local_address)
        await self.upstream.send(serialize(connect))
        while True:
            data = await self.upstream.receive()
            if data is None:
                raise BrokerUnavailable()
            items = [i for i in self.upstream_parser.feed(data) if isinstance(i, Frame)]
            if items:
                break
        first = items[0]
        if first.command != "CONNECTED":
            # Do not relay the broker's words: they would name the gateway's broker user.
            log.warning("broker refused the upstream CONNECT: %s", (first.get("message") or "")[:200])
            raise SessionEnd("broker-refused", "The broker refused the connection.", 1011)
        refuse_expired(self.guard.expires_at if self.guard is not None else None)
        rewrite_connected(first, self.principal, plan)
        self._after_connected(first.get("version") or "1.0")
        self.keepalive = self.intake.keepalive = KeepAlive(plan, self._send_bytes, self._send_upstream)
        self.client.stomp_heartbeats(plan.to_client_ms > 0)
        await self._send_frames([first, *items[1:]])

    def _after_connected(self, version: str) -> None:
        self.version = version
        self.upstream_parser.version = version

    # -- relaying ----------------------------------------------------------------------------
    async def _relay(self) -> None:
        self.state = State.RELAYING
        # Frames the client pipelined behind CONNECT are parsed under the post-CONNECT rules.
        self.intake.connected_as(self.version)
        assert self.keepalive is not None
        pumps = [self._client_to_broker(), self._broker_to_client(), self.keepalive.run()]
        if self.guard is not None and self.guard.watching:
            pumps.append(self.guard.run())
        await until_first_ends(*pumps)

    async def _client_to_broker(self) -> None:
        while True:
            frame = await self.intake.next()
            if frame is None:
                return
            await self._client_frame(frame)
            if self.state is State.DISCONNECTING:
                if self.disconnect_receipt is None:
                    return
                # The broker side ends the session once it relayed the DISCONNECT's RECEIPT.
                await asyncio.Event().wait()

    async def _client_frame(self, frame: Frame) -> None:
        metrics.FRAMES_IN.inc()
        if self.state is State.DISCONNECTING:
            raise FrameError("bad-frame", "Frame after DISCONNECT.")
        forward = self._apply_policy(frame)
        if forward is not None:
            self._last_client_frame = self._time()
            await self._send_upstream(serialize(forward, self.version))

    def _apply_policy(self, frame: Frame) -> Frame | None:
        command = frame.command
        if command == "SUBSCRIBE":
            sub_id = frame.get("id") or ""
            if sub_id not in self.subscriptions:
                check_subscriptions(len(self.subscriptions) + 1, self.settings)
            sub = self.ctx.policy.subscribe(frame, self.principal)
            if sub.built_in:
                self._subscribed += 1
                frame.set("x-queue-name", subscription_queue(
                    self.principal.user_id if self.principal else None, self.tag, self._subscribed))
            self.subscriptions.add(sub_id)
            if sub.upstream != sub.client:
                self.renamed[sub_id] = sub.client
            return frame
        if command == "SEND":
            if self.ctx.policy.send_target(frame) == "app":
                self.app.start(frame, self.principal)
                return None
            return frame
        if command == "UNSUBSCRIBE":
            self.subscriptions.discard(frame.get("id") or "")
            self.renamed.pop(frame.get("id") or "", None)
        elif command == "DISCONNECT":
            self.state = State.DISCONNECTING
            self.disconnect_receipt = frame.get("receipt")
        return frame

    async def _send_upstream(self, data: bytes) -> None:
        assert self.upstream is not None
        await self.upstream.send(data)
        self.keepalive.broker_out = self._time()  # type: ignore[union-attr]

    async def _broker_to_client(self) -> None:
        assert self.upstream is not None
        while True:
            data = await self.upstream.receive()
            if data is None:
                await self._upstream_closed()
                return
            self.keepalive.broker_in = self._time()  # type: ignore[union-attr]
            if data == HEARTBEAT:
                continue  # broker heart-beats end here; the client gets those it asked for
            if not self.renamed:
                # Nothing to rewrite: relay the broker's bytes first, book-keep after.
                await self._send_bytes(data)
                if self.upstream_parser.is_whole_message(data):  # the common case: nothing to look at
                    metrics.FRAMES_OUT.inc()
                    continue
                items = self.upstream_parser.feed(data)
                metrics.FRAMES_OUT.inc(sum(1 for i in items if i is not HEARTBEAT))
            else:
                items = self.upstream_parser.feed(data)
                await self._send_frames(items)
            for item in items:
                if isinstance(item, bytes):  # HEARTBEAT
                    continue
                if item.command == "ERROR":
                    # Relayed; the broker decides whether the session goes on (it often does).
                    self._last_broker_error = self._time()
                elif (self.disconnect_receipt is not None and item.command == "RECEIPT"
                        and item.get("receipt-id") == self.disconnect_receipt):
                    return

    async def _upstream_closed(self) -> None:
        assert self.upstream is not None
        if self.state is State.DISCONNECTING:
            if self.disconnect_receipt is not None:
                # Web-STOMP closes on DISCONNECT without the RECEIPT clients wait for.
                await self._send_best_effort([Frame("RECEIPT", [("receipt-id", self.disconnect_receipt)])])
            return
        code = self.upstream.close_code
        reachable = code is not None or await self.ctx.broker_reachable(self.upstream_url)
        now = self._time()
        raise upstream_ended(UpstreamClose(
            code, self.upstream.close_reason or "", reachable, now - self._last_client_frame,
            now - self._last_broker_error < _ERROR_EXPLAINS_CLOSE_SECONDS))

    async def _send_best_effort(self, items: Sequence[Frame | bytes]) -> None:
        await self._send_frames(items, best_effort=True)

    async def _send_frames(self, items: Sequence[Frame | bytes], *, best_effort: bool = False) -> None:
        chunks = []
        for item in items:
            if isinstance(item, bytes):  # HEARTBEAT
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
        except (SlowClient, ClientGone):
            if not best_effort:
                raise

    async def _send_bytes(self, data: bytes) -> None:
        try:
            if not self.client.may_block(len(data)):
                # The common case: the write cannot wait, so no timer is needed.
                await self.client.send(data)
            else:
                async with asyncio.timeout(self.settings.send_timeout_seconds):
                    await self.client.send(data)
        except TimeoutError:
            raise SlowClient() from None
        except (ConnectionError, RuntimeError):
            raise ClientGone() from None
        if self.keepalive is not None:
            self.keepalive.client_out = self._time()
