"""Helpers for the pager tests: a base-station simulator on 127.0.0.1 and a free UDP port."""

from __future__ import annotations

import contextlib
from typing import Any, AsyncIterator

from display_app.pagers.link import PagerLink
from display_app.simulator.pager.server import PagerSimulator
from display_app.simulator.pager.station import BaseStation


@contextlib.asynccontextmanager
async def running_base(station: BaseStation | None = None, **kwargs: Any) -> AsyncIterator[PagerSimulator]:
    sim = PagerSimulator(station, host="127.0.0.1", **kwargs)
    await sim.start()
    try:
        yield sim
    finally:
        await sim.stop()


@contextlib.asynccontextmanager
async def base_and_link(timeout: float = 1.0, **kwargs: Any) -> AsyncIterator[tuple[PagerSimulator, PagerLink]]:
    async with running_base(**kwargs) as sim:
        link = PagerLink("127.0.0.1", sim.port, timeout=timeout)
        try:
            yield sim, link
        finally:
            await link.close()
