"""A simulated estate: S stores with L lanes each, from one process.

Each store is its own ``StoreSimulator`` (its own asyncio WebSocket server) on its own
port: ``base_port + i`` for store i (0, 1, ...), or a free port each when ``base_port`` is 0.
A store on its own port is what a head office sees (one counter address per store), and it
lets one store be dropped, hung or stopped without touching the others. 200 servers are
200 listening sockets and 1,600 cashier coroutines on one asyncio loop: cheap.

Store 1, lane 1 has a second checkout session (``TAB1``) interleaving sales with ``REG1``,
for the follow-mode test and demo.

Control while running (tests, the bench, the CLI's schedule options): ``speed.speed``
(pacing factor), ``drop_all()`` (every store closes every client), ``set_down(True)``
(stop listening: a store that is gone), ``drop_every`` (each store drops its clients about
this often, at random; 0 = never).

``wall_config(...)`` is the wall's settings file (TOML) for the stores served.
"""

from __future__ import annotations

import asyncio
import logging
import random
from typing import Any

from ...tasks import TaskSet
from ..counter.catalogue import Catalogue
from .store import Cashier, SpeedSource, StoreSimulator

log = logging.getLogger(__name__)

_PLACES = (
    "Devonport", "Ponsonby", "Takapuna", "Newmarket", "Remuera", "Mt Eden", "Albany", "Botany",
    "Henderson", "Papakura", "Hamilton East", "Tauranga", "Rotorua", "Napier", "Hastings",
    "Palmerston North", "Wanganui", "New Plymouth", "Petone", "Lower Hutt", "Karori", "Kilbirnie",
    "Nelson", "Blenheim", "Riccarton", "Papanui", "Sumner", "Timaru", "Dunedin North", "Invercargill",
    "Queenstown", "Wanaka", "Gisborne", "Whangarei", "Kerikeri", "Taupo", "Masterton", "Levin",
    "Ashburton", "Oamaru",
)
_BANNERS = ("Fresh Market", "FreshChoice", "Corner Grocer", "Village Foods", "Harbour Foods")
#: Most stores trade in New Zealand; a few across the Tasman, so the wall's per-store
#: "today since local midnight" is exercised with more than one time zone.
_ZONES = ("Pacific/Auckland",) * 8 + ("Australia/Sydney", "Australia/Perth")


def store_name(i: int) -> str:
    place = _PLACES[i % len(_PLACES)]
    banner = _BANNERS[(i // len(_PLACES)) % len(_BANNERS)]
    return f"{place} {banner}"


def store_zone(i: int) -> str:
    return _ZONES[i % len(_ZONES)]


class EstateSimulator:
    def __init__(
        self,
        stores: int,
        lanes: int,
        *,
        host: str = "127.0.0.1",
        base_port: int = 0,
        speed: float = 1.0,
        status_interval: float | None = 5.0,
        apikey: str | None = None,
        drop_every: float = 0.0,
        two_sessions: bool = True,
        cashiers: bool = True,
        seed: int | None = None,
    ) -> None:
        if stores < 1 or lanes < 1:
            raise ValueError("an estate needs at least one store with one lane")
        self.host = host
        self.base_port = base_port
        self.speed = SpeedSource(speed)
        self.drop_every = drop_every
        self.rng = random.Random(seed)
        catalogue = Catalogue.load()
        self.stores: list[StoreSimulator] = []
        for i in range(stores):
            info = {"storename": store_name(i), "name": store_name(i), "lane": "", "timezone": store_zone(i),
                    "address": f"{i + 1} Main Street, {_PLACES[i % len(_PLACES)]}"}
            self.stores.append(StoreSimulator(
                i + 1, lanes, host=host, port=(base_port + i) if base_port else 0, catalogue=catalogue,
                status_interval=status_interval, apikey=apikey, store=info,
                two_session_lane=1 if (two_sessions and i == 0) else None,
            ))
        self.cashiers: list[Cashier] = []
        if cashiers:
            for store in self.stores:
                for checkout in store.checkouts:
                    self.cashiers.append(Cashier(checkout, self.speed, random.Random(self.rng.random())))
        self._tasks = TaskSet()
        self.down = False

    @property
    def lanes(self) -> int:
        return len({(s.number, c.lane_no) for s in self.stores for c in s.checkouts})

    @property
    def messages_sent(self) -> int:
        return sum(s.messages_sent for s in self.stores)

    async def start(self) -> None:
        for store in self.stores:
            await store.start()
        for cashier in self.cashiers:
            self._spawn(cashier.run(), f"cashier-{cashier.checkout.device}")
        if self.drop_every > 0:
            self._spawn(self._random_drops(), "drops")
        log.info("estate simulator: %d stores, %d lanes, ports %s..%s", len(self.stores), self.lanes,
                 self.stores[0].port, self.stores[-1].port)

    async def stop(self) -> None:
        await self._tasks.cancel_all()
        await asyncio.gather(*(s.stop() for s in self.stores), return_exceptions=True)

    async def __aenter__(self) -> "EstateSimulator":
        await self.start()
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.stop()

    # -- faults ----------------------------------------------------------------------

    async def drop_all(self) -> None:
        """Every store closes every client at once (the wall's reconnect storm)."""
        await asyncio.gather(*(s.drop_clients() for s in self.stores), return_exceptions=True)

    def set_accept_then_drop(self, value: bool) -> None:
        for store in self.stores:
            store.accept_then_drop = value

    async def _random_drops(self) -> None:
        # One store at a time, at random, so each drops about every ``drop_every`` seconds.
        while True:
            await asyncio.sleep(self.rng.expovariate(len(self.stores) / self.drop_every) / max(self.speed.speed, 1e-6))
            store = self.rng.choice(self.stores)
            log.info("store %d drops its clients (simulated)", store.number)
            await store.drop_clients(1011, "simulated store link drop")

    def _spawn(self, coro: Any, name: str) -> None:
        self._tasks.spawn(coro, f"estate-{name}")

    # -- the wall's settings ------------------------------------------------------------

    def wall_config(self, *, apikey_env: str | None = None, title: str = "Simulated estate") -> str:
        """The wall's stores file (TOML) for the stores served (see wall/config.py)."""
        lines = [
            "# Lane Wall settings written by display-app simulate --wall-config",
            "[wall]",
            f"title = {_toml_str(title)}",
            "stale_after_s = 45",
            "long_sale_s = 600",
            'large_discount = "20.00"',
            'locale = "en_NZ"',
            'currency = "NZD"',
            "",
        ]
        for store in self.stores:
            lines += [
                "[[stores]]",
                f"id = {_toml_str(f'S{store.number:03d}')}",
                f"name = {_toml_str(str(store.store['storename']))}",
                f"address = {_toml_str(store.url)}",
                f"timezone = {_toml_str(str(store.store['timezone']))}",
                f"lanes = {len({c.lane_no for c in store.checkouts})}",
            ]
            if apikey_env:
                lines.append(f"apikey_env = {_toml_str(apikey_env)}")
            lines.append("")
        return "\n".join(lines)


def _toml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
