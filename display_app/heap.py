"""The garbage collector's settings for a screen that runs for weeks.

Python's cyclic collector runs after every 700 new container objects. A counter message
of a 1,000-line sale decodes into about 2,000 of them, so messages set off collections
that scanned the message's tree while it was still in use (promoting it to the older
generations, scanned again later), and now and then a full collection scanned every
object of the process: Qt's wrappers, the modules, the caches, none of which is ever
garbage. A collection in the middle of a message is that message's latency (up to 2 ms
for the middle generation, tens of ms for a full one). The app's data are trees (decoded
JSON, frozen dataclasses) that reference counting frees; cycles are rare.

``settle(loop)``, called once the screen is up:

* collects what start-up left behind, then ``gc.freeze()``: everything alive now lives as
  long as the process, and is never scanned again;
* with an event loop: switches the automatic collector off and collects on the loop every
  ``TIDY_SECONDS`` instead (the youngest generation each time, the middle one every tenth
  time, everything every ``FULL_EVERY``-th), between messages rather than inside them.
  Cyclic garbage then lives at most a second (ten for the middle generation);
* without one: only raises the youngest generation's threshold to ``YOUNG``.

No Qt here.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import time

log = logging.getLogger(__name__)

#: New container objects between two automatic collections of the youngest generation
#: when no loop collects (Python: 700).
YOUNG = 10_000
#: Seconds between two collections on the loop.
TIDY_SECONDS = 1.0
#: Every this many tidies, a full collection (the older generations hold what outlived
#: the young one: a sale's cached lines, the screen state).
FULL_EVERY = 600

_tidies = 0


def settle(loop: asyncio.AbstractEventLoop | None = None) -> None:
    start = time.perf_counter()
    gc.collect()
    gc.freeze()
    if loop is None:
        _, older, oldest = gc.get_threshold()
        gc.set_threshold(YOUNG, older, oldest)
    else:
        gc.disable()
        loop.call_later(TIDY_SECONDS, _tidy, loop)
    log.debug("heap settled: %d objects frozen in %.1f ms", gc.get_freeze_count(), (time.perf_counter() - start) * 1000)


def _tidy(loop: asyncio.AbstractEventLoop) -> None:
    global _tidies
    _tidies += 1
    generation = 2 if _tidies % FULL_EVERY == 0 else 1 if _tidies % 10 == 0 else 0
    gc.collect(generation)
    if not loop.is_closed():
        loop.call_later(TIDY_SECONDS, _tidy, loop)
