"""The garbage collector's settings for a screen that runs for weeks.

Python's cyclic collector runs after every 700 new container objects. A counter message
of a 1,000-line sale decodes into about 2,000 of them, so messages set off collections
that scanned the message's tree while it was still in use (promoting it to the older
generations, scanned again later), and now and then a full collection scanned every
object of the process: Qt's wrappers, the modules, the caches, none of which is ever
garbage. A collection in the middle of a message is that message's latency (up to 2 ms
for the middle generation, tens of ms for a full one). The app's data are trees (decoded
JSON, frozen dataclasses) that reference counting frees; cycles are rare.

``collect_on_the_loop(loop)``, which the shared runtime (ui/shell/runtime.py) calls for
every screen as soon as its loop exists: the automatic collector is switched off and the
loop collects instead (below). A collection runs in whichever thread happens to allocate,
and qasync runs blocking work (asyncio's ``getaddrinfo``, for aiocoap and websockets) on
Qt worker threads: a collection there that freed a Qt object left its timers registered
with the Qt thread, which then fired into freed memory (a segfault, seen in the pager
board's tests about one run in twelve). With this, Qt objects are only ever freed on the
Qt thread.

``settle(loop)``, called by the customer display once its screen is up:

* collects what start-up left behind, then ``gc.freeze()``: everything alive now lives as
  long as the process, and is never scanned again;
* with an event loop: switches the automatic collector off and collects on the loop every
  ``TIDY_SECONDS`` instead (the youngest generation each time, the middle one every tenth
  time, everything every ``FULL_EVERY``-th), between messages rather than inside them.
  Cyclic garbage then lives at most a second (ten for the middle generation);
* without one: only raises the youngest generation's threshold to ``YOUNG``.

``activity`` (with a loop): a number that changes whenever the screen has work (the
display passes its count of updates). After a tidy interval in which it did not change
(the lane went quiet), the C allocator's free pages go back to the system once
(``release_free_memory``: glibc's ``malloc_trim``) until the next update. Python and Qt
free the memory of a message at once, but the allocator keeps the pages of whatever a
sale left free between live blocks, so the display's resident memory stayed at its
busiest moment's mark (~1-2 MB after the first sales of the day). Trimming costs ~0.2
ms, and only when nothing is arriving: never during a run of updates, whose next
message would fault the pages in again.

No Qt here.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import logging
import sys
import time
from typing import Any, Callable

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


def settle(loop: asyncio.AbstractEventLoop | None = None, activity: Callable[[], Any] | None = None) -> None:
    start = time.perf_counter()
    gc.collect()
    gc.freeze()
    if loop is None:
        _, older, oldest = gc.get_threshold()
        gc.set_threshold(YOUNG, older, oldest)
    else:
        collect_on_the_loop(loop, activity)
    log.debug("heap settled: %d objects frozen in %.1f ms", gc.get_freeze_count(), (time.perf_counter() - start) * 1000)


class _Tidying:
    """The loop that collects (one at a time: a new loop takes over) and what it watches."""

    loop: asyncio.AbstractEventLoop | None = None
    activity: Callable[[], Any] | None = None


def collect_on_the_loop(loop: asyncio.AbstractEventLoop, activity: Callable[[], Any] | None = None) -> None:
    """Switch the automatic collector off and collect on ``loop`` every ``TIDY_SECONDS``
    (module docstring). Called again for the same loop, it only takes the new ``activity``."""
    gc.disable()
    _Tidying.activity = activity
    if _Tidying.loop is loop and not loop.is_closed():
        return
    _Tidying.loop = loop
    loop.call_later(TIDY_SECONDS, _tidy, loop, _NOTHING_YET, False)


_NOTHING_YET = object()  # the activity before the first tidy: never "quiet"


def _tidy(loop: asyncio.AbstractEventLoop, before: Any, released: bool) -> None:
    global _tidies
    if _Tidying.loop is not loop:
        return  # another loop collects now
    _tidies += 1
    generation = 2 if _tidies % FULL_EVERY == 0 else 1 if _tidies % 10 == 0 else 0
    gc.collect(generation)
    activity = _Tidying.activity
    now = activity() if activity is not None else _NOTHING_YET
    if now is _NOTHING_YET or now != before:
        released = False  # busy: the next quiet interval releases again
    elif not released:
        start = time.perf_counter()
        released = release_free_memory()
        if released:
            log.debug("quiet: free memory released in %.2f ms", (time.perf_counter() - start) * 1000)
    if not loop.is_closed():
        loop.call_later(TIDY_SECONDS, _tidy, loop, now, released)


def release_free_memory() -> bool:
    """Give the C allocator's free pages back to the system; False where the C library
    has no way to (only glibc has ``malloc_trim``: not Windows, macOS or musl)."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


@functools.cache
def _malloc_trim() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None
