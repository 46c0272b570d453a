"""The Lane Wall's store links: one FD1 socket per store (``fd1.client.CounterClient``),
carrying every lane's sessions on one ``custdisp.sale`` firehose, each update applied to the
``WallModel`` under that store's id.

``WallFeed.run()`` is a coroutine (tests run it on their loop; ``display-app wall
--no-feed-thread`` on the screen's); ``start_thread()``, the wall's default, runs it on its
own asyncio loop in a daemon thread, so a burst of messages never starves the screen's
frames, and ``stop()`` ends that.

Reconnect storms: each link keeps the client's capped, jittered backoff (1 s doubling to
30 s here); but when many stores drop within a few seconds of each other (the head office's
own network blinked, or the wall's host resumed), every dropped link draws its first retry
uniformly from ``STORM_SPREAD`` seconds, so the estate comes back spread over half a minute
instead of all at once. No Qt.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import random
import threading
import time
from typing import Any

from ..fd1 import client as fd1client
from ..fd1 import dialect, frames
from .config import StoreConfig, WallConfig
from .model import WallModel

log = logging.getLogger(__name__)

#: A drop counts as part of a storm when at least this many stores (and at least this share
#: of the estate) went down within ``STORM_WINDOW`` seconds.
STORM_MIN_STORES = 5
STORM_SHARE = 0.1
STORM_WINDOW = 5.0
#: First retry after a storm drop: uniform over this range (seconds).
STORM_SPREAD = (1.0, 45.0)


class StormBackoff(fd1client.Backoff):
    """The client's backoff, but spread wide when the feed sees a storm."""

    def __init__(self, feed: "WallFeed", first: float, cap: float, rng: random.Random) -> None:
        super().__init__(first, cap, rng)
        self.feed = feed
        self.rng = rng

    def next_delay(self) -> float:
        if self.failures == 0 and self.feed.storming():
            self.failures = 1
            return self.rng.uniform(*self.feed.storm_spread)
        return super().next_delay()


class WallFeed:
    def __init__(self, config: WallConfig, model: WallModel | None = None, *, first_delay: float = 1.0,
                 max_delay: float = 30.0, silent_after: float | None = 20.0, ping_interval: float | None = 20.0,
                 storm_spread: tuple[float, float] = STORM_SPREAD) -> None:
        self.config = config
        self.storm_spread = storm_spread
        self.model = model or WallModel(config)
        self.clients: dict[str, fd1client.CounterClient] = {}
        self.connected_at: dict[str, list[float]] = collections.defaultdict(list)  # store -> monotonic connect times
        self._drops: collections.deque[float] = collections.deque(maxlen=4096)
        self._rng = random.Random()
        for store in config.stores:
            settings = fd1client.CounterSettings(
                url=store.url,
                purpose=dialect.WALL_LOGIN_PURPOSE,
                apikey=store.apikey or None,
                firehoses=(fd1client.Firehose(dialect.DEFAULT_CUSTDISP_EVENT),),
                first_delay=first_delay,
                max_delay=max_delay,
                ping_interval=ping_interval,
                ping_timeout=ping_interval,
                silent_after=silent_after,
                liveness_timeout=5.0,
                open_timeout=10.0,
                sale_streams=frames.STREAMS,  # one socket carries every lane's sale
            )
            c = fd1client.CounterClient(settings, on_update=self._handler(store))
            c.backoff = StormBackoff(self, first_delay, max_delay, random.Random(self._rng.random()))
            self.clients[store.id] = c
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stopping: asyncio.Event | None = None

    def _handler(self, store: StoreConfig):
        model = self.model
        sid = store.id

        def on_update(update: Any) -> None:
            if isinstance(update, fd1client.LinkChanged):
                now = time.monotonic()
                if update.state == "connected":
                    self.connected_at[sid].append(now)
                elif update.state == "disconnected" and update.detail != "stopped":
                    self._drops.append(now)
            model.apply(sid, update)

        return on_update

    def storming(self) -> bool:
        now = time.monotonic()
        recent = sum(1 for t in self._drops if now - t <= STORM_WINDOW)
        return recent >= max(STORM_MIN_STORES, STORM_SHARE * len(self.clients))

    async def run(self) -> None:
        """Every store link plus the model's once-a-second tick, until cancelled."""
        tasks = [asyncio.ensure_future(c.run()) for c in self.clients.values()]
        for sid, task in zip(self.clients, tasks):
            task.set_name(f"wall-store-{sid}")
        try:
            while True:
                await asyncio.sleep(1.0)
                self.model.tick()
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    # -- in a thread ------------------------------------------------------------------

    def start_thread(self) -> None:
        ready = threading.Event()

        def main() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            self._stopping = asyncio.Event()

            async def body() -> None:
                runner = asyncio.ensure_future(self.run())
                ready.set()
                await self._stopping.wait()  # type: ignore[union-attr]
                runner.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await runner

            try:
                loop.run_until_complete(body())
            finally:
                loop.close()

        self._thread = threading.Thread(target=main, name="wall-feed", daemon=True)
        self._thread.start()
        ready.wait(10)

    def stop(self, timeout: float = 5.0) -> None:
        loop, stopping = self._loop, self._stopping
        if loop is not None and stopping is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stopping.set)
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
