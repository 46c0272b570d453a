"""The counter link: one long-lived FD1 WebSocket to a PosGreen counter.

``CounterClient.run()`` connects, logs in, asks for the store info, opens every
firehose it was given, and then reads until the link drops; then it waits a
capped, jittered delay and does it all again, for ever. A counter that accepts
and drops at once is treated as a failure, so the delay grows instead of spinning.

Everything the client learns goes to one callback as typed updates
(``LinkChanged``, ``StoreInfoReply``, ``packets.Event``, ``packets.ServerMessage``),
so the rest of the app never parses protocol. No Qt here.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import itertools
import logging
import random
import sys
import threading
import time
import types
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping
from urllib.parse import urlencode, urlsplit, urlunsplit, parse_qsl


class _LoadedOnFirstUse(types.ModuleType):
    """A module registered in ``sys.modules`` whose code has not run yet; it runs when an
    attribute the module does not have yet is first asked for (``__spec__``, ``__name__``,
    ``__path__`` and the like are there from the start, so ``import`` statements leave it
    alone; the standard ``importlib.util.LazyLoader`` loads on those too, in Python 3.12).
    Another thread asking meanwhile waits for the code to finish, as with a plain import."""

    def __getattr__(self, attr: str) -> Any:
        name = self.__name__
        with _first_use_lock:
            if type(self) is _LoadedOnFirstUse:
                if name in _first_use_running:  # its own code, while it runs: not there yet
                    raise AttributeError(f"module {name!r} has no attribute {attr!r}")
                _first_use_running.add(name)
                try:
                    self.__spec__.loader.exec_module(self)  # type: ignore[union-attr]
                except BaseException:
                    sys.modules.pop(name, None)  # the next import starts afresh
                    raise
                finally:
                    _first_use_running.discard(name)
                self.__class__ = types.ModuleType  # an ordinary module from now on
        return getattr(self, attr)


_first_use_lock = threading.RLock()
_first_use_running: set[str] = set()


def _import_on_first_use(name: str) -> None:
    """Register module ``name`` so that its code runs when it is first used, not when it
    is imported (no-op if it is imported already). Whoever really uses it later gets the
    whole module then, as before.

    For two modules websockets imports and this client never uses:

    * ``importlib.metadata``: websockets' ``version`` module imports it and uses it only in
      a development checkout, never in a released websockets (with zipfile, csv ...: 12 ms
      and 2.5 MB of Python objects at start-up);
    * ``urllib.request``: websockets' ``proxy`` module imports it to look up the system's
      proxy, which ``connect(proxy=None)`` below never does (with http.client and the
      email package: 10 ms and 2.1 MB).
    """
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
        return  # not loadable this way here: imported the usual way when asked for
    module = importlib.util.module_from_spec(spec)
    module.__class__ = _LoadedOnFirstUse
    sys.modules[name] = module
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)  # what ``import a.b`` leaves on ``a``


_import_on_first_use("importlib.metadata")
_import_on_first_use("urllib.request")  # see connect(proxy=None) in CounterClient.run

from websockets.asyncio.client import ClientConnection, connect  # noqa: E402
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI  # noqa: E402

from . import dialect, frames, packets, reach  # noqa: E402

log = logging.getLogger(__name__)


# ----------------------------------------------------------------------------- settings


def counter_url(target: str, *, presell: bool = False) -> str:
    """Normalise what an installer types into a full counter URL.

    ``till1`` -> ``ws://till1:3490/fd1/open_websocket``; ``till1:4000`` keeps the port;
    a full ``ws://`` URL keeps its path. ``presell`` adds ``?purpose=presell`` (which the
    docs say must be on the URL, not in the login).
    """
    target = target.strip()
    if not target:
        raise ValueError("counter address is empty")
    if "://" not in target:
        target = "ws://" + target
    parts = urlsplit(target)
    if parts.scheme not in ("ws", "wss"):
        raise ValueError(f"counter URL must start with ws:// (got {parts.scheme}://)")
    if not parts.hostname:
        raise ValueError(f"counter URL has no host: {target!r}")
    try:
        port = parts.port
    except ValueError:
        raise ValueError(f"counter URL has a bad port: {target!r}") from None
    netloc = parts.netloc if port is not None else f"{parts.netloc}:{dialect.DEFAULT_PORT}"
    path = parts.path if parts.path not in ("", "/") else dialect.DEFAULT_PATH
    query = dict(parse_qsl(parts.query))
    if presell:
        query["purpose"] = "presell"
    return urlunsplit((parts.scheme, netloc, path, urlencode(query), ""))


def redact_url(url: str) -> str:
    """A URL safe to log or show: query values that look secret are masked."""
    parts = urlsplit(url)
    query = [(k, "***" if k.lower() in {"apikey", "ticket", "token", "key"} else v) for k, v in parse_qsl(parts.query)]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


@dataclass(frozen=True)
class Firehose:
    """A firehose to keep open: re-opened on every reconnect."""

    event: str
    q: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class CounterSettings:
    url: str
    purpose: str | None = "customerdisplay"  # sent inside the login packet
    apikey: str | None = field(default=None, repr=False)  # never logged
    fetch_info: bool = True  # ask fd1.customerdisplay.get_info after login
    firehoses: tuple[Firehose, ...] = (Firehose(dialect.DEFAULT_CUSTDISP_EVENT),)
    request_timeout: float = 10.0
    open_timeout: float = 5.0
    ping_interval: float | None = 10.0
    ping_timeout: float | None = 10.0
    max_size: int = 4 * 1024 * 1024  # bytes per incoming message; larger closes the link with 1009
    # Frames read off the socket ahead of the one being handled; past it the library stops
    # reading (TCP back-pressure), so a flood costs at most max_queue x max_size in buffers.
    max_queue: int = 4
    first_delay: float = 0.25  # delay before reconnecting after a link that was stable
    # Cap on the reconnect delay. A counter on the shop LAN refuses a dead connect at
    # once, so retrying every 0.4-0.8 s (jittered) costs nothing and puts the screen
    # back within a second of the counter returning, worst case (the reconnect budget,
    # README.md, Performance; a 1.5 s cap could leave up to 1.5 s).
    max_delay: float = 0.8
    refused_delay: float = 30.0  # after the counter refused our login: do not pester it
    stable_after: float = 5.0  # a link shorter than this counts as a failed attempt
    # A counter heard nothing from for this long is asked ``dialect.LIVENESS_REQUEST`` and
    # dropped if it does not answer within ``liveness_timeout`` (a hung POS still answers
    # WebSocket pings). Only for links with firehoses (they expect the periodic status);
    # None turns the check off.
    silent_after: float | None = dialect.SILENT_AFTER_SECONDS
    liveness_timeout: float = dialect.LIVENESS_TIMEOUT_SECONDS
    # Sales the link's frames interleave (a store's socket carries all its lanes'): the frame
    # reader keeps the last lines of this many, to decode only what changed (fd1/frames.py).
    sale_streams: int = 1


#: Bad frames logged one by one per session; after that, one line per thousand.
BAD_FRAMES_LOGGED = 20
#: An event frame this long or longer is kept with its decoded event, so that an identical
#: frame (the counter's periodic repeat of an unchanged sale) is not decoded again.
REPEAT_FRAME_BYTES = 4096


class Backoff:
    """Capped exponential delays with jitter: 0.25, 0.5, 0.8, 0.8 ... seconds by default.

    Each delay is drawn from [50%, 100%] of its step so a store's displays do not
    all hammer a restarted counter in the same instant.
    """

    def __init__(self, first: float, cap: float, rng: random.Random | None = None) -> None:
        self.first = first
        self.cap = cap
        self.failures = 0
        self._rng = rng or random.Random()

    def reset(self) -> None:
        self.failures = 0

    def next_delay(self) -> float:
        step = min(self.cap, self.first * (2 ** self.failures))
        self.failures += 1
        return step * self._rng.uniform(0.5, 1.0)


# ----------------------------------------------------------------------------- updates


@dataclass(frozen=True)
class LinkChanged:
    state: str  # "connecting" | "connected" | "disconnected"
    url: str
    detail: str = ""
    retry_in: float | None = None
    problem: reach.Problem | None = None  # a failed connect: why (fd1.reach; the screen words it)


@dataclass(frozen=True)
class StoreInfoReply:
    """The answer to ``fd1.customerdisplay.get_info``: ``rows`` as the counter sent them."""

    rows: tuple[Mapping[str, Any], ...]
    raw: Mapping[str, Any]


Update = LinkChanged | StoreInfoReply | packets.Event | packets.ServerMessage


class CounterError(Exception):
    """The counter answered a request with an error."""

    def __init__(self, endpoint: str, message: str) -> None:
        super().__init__(f"{endpoint}: {message}")
        self.endpoint = endpoint
        self.message = message


class NotConnected(ConnectionError):
    """A request was made while the link is down."""


class ConnectionLost(ConnectionError):
    """The link dropped before the reply arrived; the request may or may not have run."""


class LoginRefused(Exception):
    pass


class _LinkClosed(Exception):
    """The link closed during the handshake (the message says how)."""


# ----------------------------------------------------------------------------- client


class CounterClient:
    def __init__(self, settings: CounterSettings, on_update: Callable[[Update], None] | None = None) -> None:
        self.settings = settings
        self._on_update = on_update or (lambda update: None)
        self._ids = itertools.count(1)
        self._pending: dict[str, tuple[str, asyncio.Future[packets.Reply]]] = {}
        self._ws: ClientConnection | None = None
        self._ready = asyncio.Event()
        self._late_refusal: str | None = None  # the login refusal that ends this session
        self._login_rq: str | None = None
        self._info_rq: str | None = None  # the session's get_info: its answer is branding, whenever it comes
        self._last_heard = 0.0  # time.monotonic() of the last FD1 packet from the counter
        self._last_event_frame: str | bytes | None = None  # the last big event's frame, and
        self._last_event: packets.Incoming | None = None  # what it decoded to (see _handle_frame)
        self.frames = frames.FrameReader(streams=settings.sale_streams)  # each frame read with what the last ones read
        self.liveness_checks = 0  # requests sent because the counter had gone quiet (for tests)
        self.bad_frames = 0  # frames that were not FD1 packets, this session
        self.state = "disconnected"
        self.connects = 0  # successful sessions since start (for probes and tests)
        self.backoff = Backoff(settings.first_delay, settings.max_delay)
        self.reach_log = reach.ReachLog(log, redact_url(settings.url))  # once per change, a summary a minute

    # -- public API ------------------------------------------------------------

    @property
    def connected(self) -> bool:
        return self._ready.is_set()

    async def wait_connected(self, timeout: float | None = None) -> None:
        await asyncio.wait_for(self._ready.wait(), timeout)

    async def request(
        self,
        a: str,
        *,
        v: Mapping[str, Any] | None = None,
        q: Mapping[str, Any] | None = None,
        k: Any = None,
        qk: Any = None,
        qo: Mapping[str, Any] | None = None,
        rq: str | None = None,
        timeout: float | None = None,
    ) -> packets.Reply:
        """Send a request and wait for its reply. ``qo`` is FD1's output template (reshapes
        the reply). Raises NotConnected, ConnectionLost, TimeoutError or CounterError (the
        counter said no)."""
        if not self._ready.is_set() or self._ws is None:
            raise NotConnected(f"not connected to {redact_url(self.settings.url)}")
        extra = {"qo": qo} if qo is not None else None
        return await self._call(self._ws, a, v=v, q=q, k=k, qk=qk, rq=rq, extra=extra, timeout=timeout)

    async def run(self) -> None:
        """Keep the link up until cancelled."""
        settings = self.settings
        url = redact_url(settings.url)
        while True:
            self._set_state(LinkChanged("connecting", url))
            started = time.monotonic()
            detail = ""
            refused = False
            problem: reach.Problem | None = None
            try:
                async with connect(
                    settings.url,
                    open_timeout=settings.open_timeout,
                    ping_interval=settings.ping_interval,
                    ping_timeout=settings.ping_timeout,
                    max_size=settings.max_size,
                    max_queue=settings.max_queue,
                    proxy=None,
                    compression=None,
                    close_timeout=2,
                    user_agent_header="display-app",
                ) as ws:
                    started = time.monotonic()
                    try:
                        detail = await self._session(ws)
                    except asyncio.CancelledError:
                        # Leaving politely (1001 going away) rather than letting the
                        # library close with 1011 "internal error" on the way out.
                        with contextlib.suppress(Exception):
                            await asyncio.wait_for(ws.close(1001, "client closing"), 1.0)
                        raise
            except asyncio.CancelledError:
                self._drop_link("stopped")
                self._set_state(LinkChanged("disconnected", url, "stopped"))
                raise
            except LoginRefused as exc:
                detail = f"login refused: {exc}"
                refused = True
                log.error("counter %s refused the login: %s", url, exc)
            except ConnectionClosed as exc:
                detail = _close_text(exc)
            except _LinkClosed as exc:
                detail = str(exc)
            except (OSError, TimeoutError, InvalidHandshake) as exc:
                detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
                if not self._ready.is_set():  # never got in: say why in words (a drop is not this)
                    problem = reach.classify(exc, settings.url, timeout=settings.open_timeout)
            except InvalidURI as exc:
                detail = f"bad counter URL: {exc}"
                log.error("%s", detail)
            except Exception as exc:  # a bug must not end the link for ever
                detail = f"unexpected {type(exc).__name__}: {exc}"
                log.exception("counter link failed unexpectedly")
            if self._late_refusal is not None:
                detail, refused = f"login refused: {self._late_refusal}", True
                self._late_refusal = None
            self._drop_link(detail)
            lasted = time.monotonic() - started
            if lasted >= settings.stable_after and not refused:
                self.backoff.reset()
            delay = self.backoff.next_delay()
            if refused:
                delay = max(delay, settings.refused_delay)
            log.debug("counter link to %s down (%s) after %.1fs; retrying in %.2fs", url, detail, lasted, delay)
            self.reach_log.down(reach.reason_of(problem, detail), problem.text if problem else detail, delay)
            self._set_state(LinkChanged("disconnected", url, detail, retry_in=delay, problem=problem))
            await asyncio.sleep(delay)

    # -- session -----------------------------------------------------------------

    async def _session(self, ws: ClientConnection) -> str:
        """One connected session: send the handshake, then read until the link closes.

        Nothing waits for the handshake's replies: the session is up ("connected") at the
        first FD1 packet the counter sends after the login, whatever it is (the store
        info, a firehose reply, a sale), and every sale message is delivered the moment it
        arrives. The store info is applied whenever ``get_info`` answers. A counter that
        sends nothing at all is not "connected"; the liveness check drops it.
        """
        self._ws = ws
        self._last_heard = time.monotonic()
        self.bad_frames = 0
        reader = asyncio.create_task(self._read(ws), name="fd1-reader")
        watch: asyncio.Task[str] | None = None
        try:
            confirm = self._start_session(ws)
            if confirm is not None:
                await self._confirm_login(confirm, reader)
            if self.settings.silent_after is not None and self.settings.firehoses:
                watch = asyncio.create_task(self._watch(ws), name="fd1-liveness")
                done, _ = await asyncio.wait({reader, watch}, return_when=asyncio.FIRST_COMPLETED)
                if watch in done and reader not in done:
                    # No close handshake with a counter that answers nothing: it would
                    # only hold the reconnect back by the close timeout.
                    ws.transport.abort()
                    return watch.result()
            return await reader
        finally:
            for task in (reader, watch):
                if task is not None and not task.done():
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError, Exception):
                        await task

    def _start_session(self, ws: ClientConnection) -> asyncio.Future[packets.Reply] | None:
        """Send the login, ``get_info`` and every firehose open without waiting for any
        reply. Returns the login future when no firehose will prove the counter alive (a
        presell tablet, the setup screen's check): ``_confirm_login`` then decides."""
        settings = self.settings
        login_v: dict[str, Any] = {}
        if settings.purpose:
            login_v["purpose"] = settings.purpose
        if settings.apikey:
            login_v["apikey"] = settings.apikey
        login_v["tz"] = -int(time.localtime().tm_gmtoff // 60)  # JavaScript getTimezoneOffset() sense
        login_v["localtime"] = time.strftime("%Y-%m-%d %H:%M:%S.000")
        # Login must be first. The docs disagree on whether a reply comes, so we do not
        # wait for it; a refusal, whenever it comes, ends the session (_handle_frame).
        login = self._send(ws, dialect.LOGIN, v=login_v)
        self._login_rq = login.rq  # type: ignore[attr-defined]
        login.add_done_callback(lambda fut: self._login_done(ws, fut))
        self._info_rq = None
        if settings.fetch_info:
            info = self._send(ws, dialect.GET_INFO)
            self._info_rq = info.rq  # type: ignore[attr-defined]
            info.add_done_callback(_retrieve)
            self._warn_if_unanswered(info, f"no reply to {dialect.GET_INFO} within {settings.request_timeout:g}s; "
                                     "sales are shown meanwhile, the branding comes when it answers")
        for hose in settings.firehoses:
            fut = self._send(ws, dialect.OPEN_FIREHOSE, v={"event": hose.event}, q=hose.q, rq_prefix="fh")
            fut.add_done_callback(lambda f, event=hose.event: self._opened(event, f))
            self._warn_if_unanswered(fut, f"no reply to open_firehose {hose.event!r} yet; events are accepted when they come")
        if not settings.firehoses:
            return login
        return None

    async def _confirm_login(self, login: asyncio.Future[packets.Reply], reader: asyncio.Task[str]) -> None:
        """A session without firehoses: no status repeat will ever prove the counter alive,
        so it is up at its first packet (the ``get_info`` answer, when one was asked: the
        store info comes first), at an accepted login when nothing else was asked, or, if
        neither comes, when the wait is over (a refusal has had its chance to arrive)."""
        settings = self.settings
        ready = asyncio.ensure_future(self._ready.wait())
        waits: set[asyncio.Future[Any]] = {reader, ready}
        if not settings.fetch_info:
            waits.add(login)
        try:
            done, _ = await asyncio.wait(
                waits, timeout=settings.request_timeout if settings.fetch_info else min(settings.request_timeout, 2.0),
                return_when=asyncio.FIRST_COMPLETED,
            )
        finally:
            ready.cancel()
        if reader in done:
            raise _LinkClosed(reader.result())
        if self._late_refusal is not None or (
            login.done() and not login.cancelled() and login.exception() is None and not login.result().ok
        ):
            raise _LinkClosed("login refused")  # run() reports it from _late_refusal
        self._mark_live()

    def _warn_if_unanswered(self, fut: asyncio.Future[packets.Reply], message: str) -> None:
        handle = asyncio.get_running_loop().call_later(
            self.settings.request_timeout, lambda: fut.done() or log.warning("%s", message)
        )
        fut.add_done_callback(lambda _: handle.cancel())

    def _opened(self, event: str, fut: asyncio.Future[packets.Reply]) -> None:
        if fut.cancelled() or fut.exception() is not None:
            return
        if not fut.result().ok:
            log.error("counter refused firehose %r: %s (check the firehose_event setting)", event, fut.result().error)

    def _mark_live(self) -> None:
        """The counter has spoken in this session: it is up."""
        if self._ready.is_set() or self._late_refusal is not None:
            return
        self.connects += 1
        self._ready.set()
        self._set_state(LinkChanged("connected", redact_url(self.settings.url)))
        if self.connects == 1:
            # msgspec (~5 ms to import) is wanted at the first big frame: import it while
            # the screen is idle after the launch, not in the middle of a big sale.
            asyncio.get_running_loop().call_later(frames.PREPARE_AFTER, frames.prepare)

    async def _watch(self, ws: ClientConnection) -> str:
        """The liveness check: returns (so the session ends) when the counter has been
        silent for ``silent_after`` and did not answer ``dialect.LIVENESS_REQUEST``."""
        settings = self.settings
        assert settings.silent_after is not None
        while True:
            quiet = time.monotonic() - self._last_heard
            if quiet < settings.silent_after:
                await asyncio.sleep(settings.silent_after - quiet)
                continue
            self.liveness_checks += 1
            log.debug("nothing from the counter for %.1fs; asking %s", quiet, dialect.LIVENESS_REQUEST)
            fut = self._send(ws, dialect.LIVENESS_REQUEST, rq_prefix="live")
            fut.add_done_callback(_retrieve)
            try:
                await asyncio.wait_for(asyncio.shield(fut), settings.liveness_timeout)
            except TimeoutError:
                self._forget(fut)
                if time.monotonic() - self._last_heard < settings.silent_after:
                    continue  # something else arrived meanwhile
                quiet = time.monotonic() - self._last_heard
                log.error(
                    "the counter sent nothing for %.1fs and did not answer %s within %gs; treating it as offline",
                    quiet, dialect.LIVENESS_REQUEST, settings.liveness_timeout,
                )
                return f"counter silent for {quiet:.0f}s"
            except (ConnectionError, asyncio.CancelledError):
                raise
            except Exception:  # an answer of any kind (even an error) proves it is alive
                pass

    def _login_done(self, ws: ClientConnection, fut: asyncio.Future[packets.Reply]) -> None:
        if fut.cancelled() or fut.exception() is not None:
            return
        reply = fut.result()
        if reply.ok:
            log.info("logged in to counter as %r", self.settings.purpose)

    async def _read(self, ws: ClientConnection) -> str:
        self._last_event_frame = self._last_event = None  # a new link reads its first frame afresh
        self.frames = frames.FrameReader(streams=self.settings.sale_streams)
        try:
            while True:
                # Undecoded: the frame reader takes UTF-8 bytes as they came (one pass over a
                # whole-sale frame fewer: websockets would decode it to text, which orjson
                # would encode back to UTF-8).
                self._handle_frame(await ws.recv(decode=False), ws)
        except ConnectionClosed as exc:
            if exc.sent is not None and exc.sent.code == 1009 and not exc.rcvd_then_sent:
                log.error(
                    "the counter sent a message over max_size (%s bytes); link closed with 1009, reconnecting",
                    self.settings.max_size,
                )
            return _close_text(exc)
        return _close_text_from(ws)

    def _handle_frame(self, frame: str | bytes, ws: ClientConnection | None = None) -> None:
        try:
            if frame == self._last_event_frame:
                # The counter's periodic repeat of an unchanged sale: the very same event
                # again, not decoded again (a 1,000-line sale: ~1.5 ms, every few seconds).
                packet = self._last_event
            else:
                packet = packets.read(self.frames.parse(frame))
                if isinstance(packet, packets.Event) and len(frame) >= REPEAT_FRAME_BYTES:
                    self._last_event_frame, self._last_event = frame, packet
        except Exception as exc:  # decode promises PacketError only; never let a frame end the link
            self.bad_frames += 1
            # One line per bad frame, but a counter spewing garbage must not fill the log:
            # the first few of a session, then one line per thousand.
            if self.bad_frames <= BAD_FRAMES_LOGGED or self.bad_frames % 1000 == 0:
                log.error("ignored a bad frame from the counter (%d bytes, %d so far): %s; it starts %r",
                          len(frame), self.bad_frames, exc if isinstance(exc, packets.PacketError) else type(exc).__name__,
                          _snippet(frame))
            return
        self._last_heard = time.monotonic()
        reply = packet if isinstance(packet, packets.Reply) and packet.rp is not None else None
        if reply is not None and reply.rp == self._login_rq:
            if not reply.ok:
                self._refused(reply, ws)
            # An accepted login says little on its own (the docs disagree on whether it is
            # even answered): the session is up at the next packet.
        else:
            if reply is not None and reply.rp == self._info_rq and reply.rp in self._pending:
                self._store_info(reply)  # the branding first, as a session that starts with it
            self._mark_live()
        match packet:
            case packets.Reply():
                entry = self._pending.pop(packet.rp, None) if packet.rp is not None else None
                if entry is None:
                    log.debug("reply nobody waits for: r=%s rp=%s", packet.r, packet.rp)
                    return
                _, fut = entry
                if not fut.done():
                    fut.set_result(packet)
            case packets.Event():
                if packet.rp is not None and packet.rp in self._pending and self._pending[packet.rp][0] == dialect.OPEN_FIREHOSE:
                    # Some servers may confirm an open only by streaming; count it as the reply.
                    _, fut = self._pending.pop(packet.rp)
                    if not fut.done():
                        fut.set_result(packets.Reply(r=dialect.OPEN_FIREHOSE, rp=packet.rp, data={}))
                self._emit(packet)
            case packets.ServerMessage():
                self._emit(packet)
            case packets.Foreign():
                log.info("ignored a non-FD1 packet (pt=%s)", packet.pt)

    def _store_info(self, reply: packets.Reply) -> None:
        self._info_rq = None
        if reply.ok:
            self._emit(StoreInfoReply(rows=tuple(reply.rows()), raw=reply.raw))
        else:
            log.warning("get_info refused: %s", reply.error)

    def _refused(self, reply: packets.Reply, ws: ClientConnection | None) -> None:
        """The counter refused our login: the session ends, and the next try waits."""
        if self._late_refusal is not None:
            return
        self._late_refusal = reply.error or "refused"
        when = " after the session started" if self._ready.is_set() else ""
        log.error("counter %s refused the login%s: %s", redact_url(self.settings.url), when, self._late_refusal)
        if ws is not None and ws is self._ws:
            asyncio.ensure_future(ws.close(4001, "login refused"))

    # -- requests ----------------------------------------------------------------

    def _send(
        self, ws: ClientConnection, a: str, *, rq_prefix: str = "", rq: str | None = None, **fields: Any
    ) -> asyncio.Future[packets.Reply]:
        rq = rq or f"{rq_prefix}{next(self._ids)}"
        request = packets.Request(a=a, rq=rq, **{k: v for k, v in fields.items() if v is not None})
        fut: asyncio.Future[packets.Reply] = asyncio.get_running_loop().create_future()
        fut.rq = rq  # type: ignore[attr-defined]
        self._pending[rq] = (a, fut)
        text = request.to_json()
        task = asyncio.ensure_future(ws.send(text))
        task.add_done_callback(lambda t: self._sent(t, rq))
        if a != dialect.LOGIN:
            log.debug("-> %s", text)
        return fut

    def _sent(self, task: asyncio.Future[None], rq: str) -> None:
        if task.cancelled():
            exc: BaseException | None = ConnectionLost("send cancelled")
        else:
            exc = task.exception()
        if exc is not None:
            entry = self._pending.pop(rq, None)
            if entry and not entry[1].done():
                entry[1].set_exception(ConnectionLost(f"{entry[0]} was not sent: {exc}"))

    async def _call(self, ws: ClientConnection, a: str, *, timeout: float | None = None, **fields: Any) -> packets.Reply:
        fut = self._send(ws, a, **fields)
        try:
            reply = await asyncio.wait_for(asyncio.shield(fut), timeout or self.settings.request_timeout)
        except TimeoutError:
            self._forget(fut)
            raise TimeoutError(f"no reply to {a} within {timeout or self.settings.request_timeout:g}s") from None
        if not reply.ok:
            raise CounterError(a, reply.error or "error")
        return reply

    def _forget(self, fut: asyncio.Future[packets.Reply]) -> None:
        rq = getattr(fut, "rq", None)
        if rq is not None:
            self._pending.pop(rq, None)
        if not fut.done():
            fut.cancel()

    def _drop_link(self, why: str) -> None:
        self._ready.clear()
        self._ws = None
        self._login_rq = self._info_rq = None
        pending, self._pending = self._pending, {}
        for a, fut in pending.values():
            if not fut.done():
                fut.set_exception(ConnectionLost(f"link dropped before {a} was answered ({why})"))
                fut.exception()  # mark retrieved: nobody may be waiting on it

    # -- plumbing ------------------------------------------------------------------

    def _set_state(self, change: LinkChanged) -> None:
        self.state = change.state
        if change.state == "connected":
            self.reach_log.up()
        self._emit(change)

    def _emit(self, update: Update) -> None:
        try:
            self._on_update(update)
        except Exception:
            log.exception("handler failed on %s; the link carries on", type(update).__name__)


def _retrieve(fut: asyncio.Future[Any]) -> None:
    """Mark a future's outcome as seen: nobody may await it (a dropped link fails it)."""
    if not fut.cancelled():
        fut.exception()


def _snippet(frame: str | bytes, limit: int = 120) -> str | bytes:
    return frame[:limit]


def _close_text(exc: ConnectionClosed) -> str:
    frame = exc.rcvd or exc.sent
    if frame is None:
        return "connection lost"
    reason = f" {frame.reason}" if frame.reason else ""
    return f"closed {frame.code}{reason}"


def _close_text_from(ws: ClientConnection) -> str:
    code = ws.close_code
    reason = ws.close_reason
    if code is None:
        return "connection lost"
    return f"closed {code}{' ' + reason if reason else ''}"
